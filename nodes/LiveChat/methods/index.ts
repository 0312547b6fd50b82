import type {
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { liveChatApiRequest } from '../transport';
import type { Agent, Group, Tag } from '../types/livechat';

async function tags(context: ILoadOptionsFunctions) {
	const list = (await liveChatApiRequest.call(context, 'configuration', 'list_tags', {})) as Tag[];
	return [...list].sort((a, b) => a.name.localeCompare(b.name));
}

function matches(filter: string | undefined, ...texts: Array<string | undefined>) {
	const wanted = filter?.trim().toLowerCase();
	return !wanted || texts.some((text) => text?.toLowerCase().includes(wanted));
}

/** Dropdowns filled from the live LiveChat account (Configuration API lists are not paginated). */
export const loadOptions = {
	async getGroups(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const groups = (await liveChatApiRequest.call(
			this,
			'configuration',
			'list_groups',
			{},
		)) as Group[];
		return groups
			.map((group) => ({ name: group.name ?? `Group ${group.id}`, value: group.id }))
			.sort((a, b) => a.name.localeCompare(b.name));
	},

	async getTags(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return (await tags(this)).map((tag) => ({ name: tag.name, value: tag.name }));
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
		const agents = (await liveChatApiRequest.call(
			this,
			'configuration',
			'list_agents',
			{},
		)) as Agent[];
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
