import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	APP_CREDENTIAL,
	BOT_CREDENTIAL,
	liveChatApiRequest,
	PAT_CREDENTIAL,
} from '../../transport';
import type { OperationRun } from '../types';

/** LiveChat's requester presence: the caller must be in the chat unless told to skip the check. */
export const ignoreRequesterPresenceField: INodeProperties = {
	displayName: 'Even If Not in the Chat',
	name: 'ignoreRequesterPresence',
	type: 'boolean',
	default: false,
	description:
		'Whether to do it even when the user of the credential is not in the chat; otherwise LiveChat refuses (ignore_requester_presence)',
};

export const groupIdField: INodeProperties = {
	displayName: 'Group Name or ID',
	name: 'groupId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getGroups' },
	default: 0,
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

export function ignoreRequesterPresence(context: IExecuteFunctions, itemIndex: number) {
	return context.getNodeParameter('ignoreRequesterPresence', itemIndex, false) === true;
}

/** A group id from the list (a number) or an expression (a string). */
export function chosenGroupId(context: IExecuteFunctions, itemIndex: number): number {
	const value = context.getNodeParameter('groupId', itemIndex, 0);
	const id = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof id !== 'number' || !Number.isInteger(id) || id < 0) {
		throw new NodeOperationError(context.getNode(), `"${String(value)}" is not a group ID`, {
			itemIndex,
			description:
				'Choose a group from the list, or give its numeric ID (0 is the General group, which has every agent).',
		});
	}
	return id;
}

/** Agent ids from the list (an array) or an expression (an array or a comma-separated string). */
export function agentIdList(value: unknown): string[] {
	const list = Array.isArray(value) ? value : String(value ?? '').split(',');
	return list.map((id) => String(id).trim()).filter((id) => id !== '');
}

const requesterIds = new WeakMap<OperationRun, Promise<string>>();

/**
 * The LiveChat user id of the credential, which LiveChat sees as the requester: needed to add
 * that user to a chat, since v3.6 has no "join" method and add_user_to_chat wants a user id.
 * - Bot credential: the bot's ID, from the credential.
 * - Personal Access Token or OAuth2: an agent's ID is its e-mail, which no documented Agent Chat
 *   call returns for "me". The credential knows the Account ID (the PAT's user; `account_id` of
 *   the OAuth token answer), and Configuration API list_agents lists each agent's `account_id`.
 * Looked up once per execution.
 */
export async function requesterUserId(
	context: IExecuteFunctions,
	itemIndex: number,
	run: OperationRun,
): Promise<string> {
	let pending = requesterIds.get(run);
	if (!pending) {
		pending = findRequesterId(context, itemIndex);
		requesterIds.set(run, pending);
		pending.catch(() => requesterIds.delete(run));
	}
	return await pending;
}

async function findRequesterId(context: IExecuteFunctions, itemIndex: number) {
	const authentication = context.getNodeParameter('authentication', 0, 'oAuth2');
	const unknownUser = (description: string) =>
		new NodeOperationError(context.getNode(), 'Could not tell who the credential belongs to', {
			itemIndex,
			description,
		});
	if (authentication === 'bot') {
		const bot = await context.getCredentials(BOT_CREDENTIAL);
		if (typeof bot.botId !== 'string' || !bot.botId) {
			throw unknownUser('Enter the Bot ID in the LiveChat Bot API credential.');
		}
		return bot.botId;
	}
	let accountId: unknown;
	if (authentication === 'accessToken') {
		accountId = (await context.getCredentials(PAT_CREDENTIAL)).accountId;
	} else {
		const oauth = await context.getCredentials(APP_CREDENTIAL);
		accountId = (oauth.oauthTokenData as IDataObject | undefined)?.account_id;
	}
	if (typeof accountId !== 'string' || !accountId) {
		throw unknownUser(
			'LiveChat names the account in the answer that connects the credential. Reconnect the OAuth2 credential, or add the agent to the chat with Chat → Add User.',
		);
	}
	const agents = await liveChatApiRequest(context, 'configuration', 'list_agents', {}, itemIndex);
	const agent = agents.find((candidate) => candidate.account_id === accountId);
	if (!agent) {
		throw unknownUser(
			'The account of the credential is not an agent of this LiveChat license, so it cannot join chats. Use the credential of an agent.',
		);
	}
	return agent.id;
}
