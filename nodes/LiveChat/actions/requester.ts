import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { APP_CREDENTIAL, BOT_CREDENTIAL, liveChatApiRequest, PAT_CREDENTIAL } from '../transport';

/**
 * The LiveChat user id of the credential, which LiveChat sees as the requester: needed to add
 * that user to a chat, since v3.6 has no "join" method and add_user_to_chat wants a user id.
 * - Bot credential: the bot's ID, from the credential.
 * - Personal Access Token or OAuth2: an agent's ID is its e-mail, which no documented Agent Chat
 *   call returns for "me". The credential knows the Account ID (the PAT's user; `account_id` of
 *   the OAuth token answer), and Configuration API list_agents lists each agent's `account_id`.
 */
export async function findRequesterId(context: IExecuteFunctions, itemIndex: number) {
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
