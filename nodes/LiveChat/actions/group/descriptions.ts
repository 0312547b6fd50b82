import type { INodeProperties } from 'n8n-workflow';

import { groupIdField, groupPriorityField } from '../descriptions';

export const requiredGroupIdField: INodeProperties = {
	...groupIdField,
	required: true,
	description: `Group of the account (0 is General). ${groupIdField.description}.`,
};

/** What get_group and list_groups can add to a group: the item keeps both. */
export const GROUP_FIELDS = ['agent_priorities', 'routing_status'];

export const languageCodeField: INodeProperties = {
	displayName: 'Language Code',
	name: 'languageCode',
	type: 'string',
	default: '',
	placeholder: 'e.g. en',
	description: 'Language of the chat window for the group, as a two-letter code',
};

/** A group's agents with their priorities (LiveChat's `agent_priorities` map). */
export const groupAgentsField: INodeProperties = {
	displayName: 'Agents',
	name: 'agents',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Agent',
	default: {},
	description: 'Agents (and bots) of the group, each with a priority',
	options: [
		{
			displayName: 'Agent',
			name: 'agent',
			values: [
				{
					displayName: 'Agent Name or ID',
					name: 'id',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getAgents' },
					default: '',
					description:
						'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
				},
				groupPriorityField,
			],
		},
	],
};
