import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { agentLocator } from '../descriptions';
import { trimmedText } from '../parameters';

const properties: INodeProperties[] = [
	{
		...agentLocator,
		name: 'agentId',
		description:
			'Agent whose status to set (needs agents--all:rw); leave empty for the user of the credential (agents--my:rw)',
	},
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: [
			{ name: 'Accepting Chats', value: 'accepting_chats' },
			{ name: 'Not Accepting Chats', value: 'not_accepting_chats' },
		],
		default: 'accepting_chats',
		description: 'Whether LiveChat routes new chats to the agent',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['agent'], operation: ['setRoutingStatus'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const agentId = trimmedText(
		this.getNodeParameter('agentId', itemIndex, '', { extractValue: true }),
	);
	const status = this.getNodeParameter('status', itemIndex) as string;
	await liveChatApiRequest(
		this,
		'agent',
		'set_routing_status',
		{ ...(agentId && { agent_id: agentId }), status },
		itemIndex,
	);
	return { agent_id: agentId || null, status };
}
