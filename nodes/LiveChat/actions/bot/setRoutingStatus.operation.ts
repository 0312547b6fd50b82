import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { botIdOf } from '../parameters';
import { botIdField } from './descriptions';

const properties: INodeProperties[] = [
	botIdField,
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: [
			{ name: 'Accepting Chats', value: 'accepting_chats' },
			{ name: 'Not Accepting Chats', value: 'not_accepting_chats' },
			{
				name: 'Offline',
				value: 'offline',
				description: 'The bot gets no chats and no bot webhooks',
			},
		],
		default: 'accepting_chats',
		description: 'Whether LiveChat routes chats to the bot',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['bot'], operation: ['setRoutingStatus'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = botIdOf(this, itemIndex);
	const status = this.getNodeParameter('status', itemIndex) as string;
	await liveChatApiRequest(
		this,
		'agent',
		'set_routing_status',
		{ agent_id: id, status },
		itemIndex,
	);
	return { bot_id: id, status };
}
