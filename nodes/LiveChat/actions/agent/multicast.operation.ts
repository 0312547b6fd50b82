import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { textList } from '../../shared/lists';
import { liveChatApiRequest } from '../../transport';
import { groupIdsField } from '../descriptions';
import { collectionOf, groupIds, optionalText } from '../parameters';

const properties: INodeProperties[] = [
	{
		displayName: 'Recipients',
		name: 'recipients',
		type: 'collection',
		placeholder: 'Add Recipients',
		default: {},
		options: [
			{
				displayName: 'Agent IDs',
				name: 'agentIds',
				type: 'string',
				default: '',
				placeholder: 'e.g. smith@example.com, jones@example.com',
				description: 'Agents to notify, separated by commas',
			},
			{
				displayName: 'All Agents',
				name: 'all',
				type: 'boolean',
				default: true,
				description: 'Whether to notify every agent of the license',
			},
			{
				...groupIdsField,
				description: `Notify the agents of these groups. ${groupIdsField.description}.`,
			},
		],
	},
	{
		displayName: 'Content (JSON)',
		name: 'content',
		type: 'json',
		default: '{\n  "text": ""\n}',
		description: "What the agents' apps receive; LiveChat passes it on without saving it",
	},
	{
		displayName: 'Type',
		name: 'type',
		type: 'string',
		default: '',
		placeholder: 'e.g. vip_customer',
		description: "A name your agents' app can tell this kind of message by",
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['agent'], operation: ['multicast'] } },
	properties,
);

/** A message to agents outside any chat (LiveChat's multicast), e.g. to a custom agent app. */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const chosen = collectionOf(this, 'recipients', itemIndex);
	const agents: IDataObject = {};
	if (chosen.all !== undefined) agents.all = chosen.all === true;
	if (textList(chosen.agentIds).length) agents.ids = textList(chosen.agentIds);
	if (groupIds(chosen.groupIds).length) agents.groups = groupIds(chosen.groupIds);
	if (!agents.all && !agents.ids && !agents.groups) {
		throw new NodeOperationError(this.getNode(), 'The multicast has no recipients', {
			itemIndex,
			description: 'Add All Agents, Agent IDs or groups under Recipients.',
		});
	}
	const raw = this.getNodeParameter('content', itemIndex, '{}');
	let content: unknown = raw;
	if (typeof raw === 'string') {
		try {
			content = JSON.parse(raw);
		} catch {
			throw new NodeOperationError(this.getNode(), 'Content (JSON) is not valid JSON', {
				itemIndex,
				description: 'Write a JSON value, e.g. {"text": "A VIP customer is waiting"}.',
			});
		}
	}
	const type = optionalText(this, 'type', itemIndex);
	const request = { recipients: { agents }, content, ...(type && { type }) };
	await liveChatApiRequest(this, 'agent', 'multicast', request, itemIndex);
	return request as IDataObject;
}
