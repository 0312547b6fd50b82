import type {
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	ILoadOptionsFunctions,
	INodeCredentialTestResult,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { liveChatApiPages, liveChatApiRequest } from '../transport';

async function tags(context: ILoadOptionsFunctions) {
	const list = await liveChatApiRequest(context, 'configuration', 'list_tags', {});
	return [...list].sort((a, b) => a.name.localeCompare(b.name));
}

function matches(filter: string | undefined, ...texts: Array<string | undefined>) {
	const wanted = filter?.trim().toLowerCase();
	return !wanted || texts.some((text) => text?.toLowerCase().includes(wanted));
}

/** The routing rules in LiveChat's order, each named by its place and description. */
async function autoAccessOptions(context: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const rules = await liveChatApiRequest(context, 'configuration', 'list_auto_accesses', {});
	return rules.map((rule, index) => ({
		name: `${index + 1}. ${rule.description || `Rule ${rule.id}`}`,
		value: rule.id,
	}));
}

/** Dropdowns filled from the live LiveChat account (Configuration API lists are not paginated). */
export const loadOptions = {
	async getGreetings(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const greetings = await liveChatApiPages(this, 'list_greetings', {}, undefined);
		return greetings
			.map((greeting) => ({
				name: `${greeting.name || 'Greeting'} (${greeting.id})`,
				value: greeting.id,
			}))
			.sort((a, b) => a.name.localeCompare(b.name));
	},

	async getGroups(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const groups = await liveChatApiRequest(this, 'configuration', 'list_groups', {});
		return groups
			.map((group) => ({ name: group.name ?? `Group ${group.id}`, value: group.id }))
			.sort((a, b) => a.name.localeCompare(b.name));
	},

	async getAgents(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const agents = await liveChatApiRequest(this, 'configuration', 'list_agents', {});
		return agents
			.map((agent) => ({
				name: agent.name ? `${agent.name} (${agent.id})` : agent.id,
				value: agent.id,
			}))
			.sort((a, b) => a.name.localeCompare(b.name));
	},

	async getAutoAccesses(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return await autoAccessOptions(this);
	},

	/** Where a routing rule can go: before one of the rules, or last. */
	async getAutoAccessPositions(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return [{ name: 'At the End', value: '' }, ...(await autoAccessOptions(this))];
	},

	async getBots(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const bots = await liveChatApiRequest(this, 'configuration', 'list_bots', {});
		return bots
			.map((bot) => ({ name: bot.name || bot.id, value: bot.id, description: bot.id }))
			.sort((a, b) => a.name.localeCompare(b.name));
	},

	async getTags(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return (await tags(this)).map((tag) => ({ name: tag.name, value: tag.name }));
	},

	/** Agents the node's chat (its Chat ID parameter) can go to, the least busy first. */
	async getAgentsForTransfer(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const chatId = this.getCurrentNodeParameter('chatId');
		if (typeof chatId !== 'string' || !chatId.trim() || chatId.startsWith('=')) {
			throw new NodeOperationError(this.getNode(), 'Enter a Chat ID to list its agents', {
				description:
					'LiveChat lists the agents a given chat can be transferred to. Type a fixed Chat ID, or set the agents with an expression.',
			});
		}
		const agents = await liveChatApiRequest(this, 'agent', 'list_agents_for_transfer', {
			chat_id: chatId.trim(),
		});
		return agents.map((agent) => ({
			name: `${agent.agent_id} (${agent.total_active_chats} active chat${agent.total_active_chats === 1 ? '' : 's'})`,
			value: agent.agent_id,
		}));
	},
};

export const listSearch = {
	async searchTags(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		return {
			results: (await tags(this))
				.filter((tag) => matches(filter, tag.name))
				.map((tag) => ({ name: tag.name, value: tag.name })),
		};
	},

	async searchAgents(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const agents = await liveChatApiRequest(this, 'configuration', 'list_agents', {});
		return {
			results: agents
				.filter((agent) => matches(filter, agent.name, agent.id))
				.sort((a, b) => (a.name ?? a.id).localeCompare(b.name ?? b.id))
				.map((agent) => ({
					name: agent.name ? `${agent.name} (${agent.id})` : agent.id,
					value: agent.id,
				})),
		};
	},
};

/** What is wrong with a legacy credential, if anything (the credential's test). */
export function legacyCredentialProblem(user: unknown, password: unknown): string | undefined {
	if (typeof user !== 'string' || !user.trim()) return 'Enter a user';
	if (user.includes(':'))
		return 'The user cannot contain ":" (Basic Auth separates it from the password with one)';
	if (typeof password !== 'string' || password.length < 12) {
		return 'Use a password of at least 12 characters: anyone who knows it can start this workflow';
	}
	return undefined;
}

/** Tests of credentials that make no request of their own (both nodes use them). */
export const credentialTest = {
	async liveChatLegacyWebhookCheck(
		this: ICredentialTestFunctions,
		credential: ICredentialsDecrypted,
	): Promise<INodeCredentialTestResult> {
		const problem = legacyCredentialProblem(credential.data?.user, credential.data?.password);
		return problem
			? { status: 'Error', message: problem }
			: {
					status: 'OK',
					message: 'Ready: write this user and password into the webhook URL in LiveChat',
				};
	},
};
