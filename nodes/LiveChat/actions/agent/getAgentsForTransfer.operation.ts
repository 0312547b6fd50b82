import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { chatIdField } from '../descriptions';
import { chatIdOf } from '../parameters';

const properties: INodeProperties[] = [chatIdField];

export const description = updateDisplayOptions(
	{ show: { resource: ['agent'], operation: ['getAgentsForTransfer'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const chatId = chatIdOf(this, itemIndex);
	const agents = await liveChatApiRequest(
		this,
		'agent',
		'list_agents_for_transfer',
		{ chat_id: chatId },
		itemIndex,
	);
	return agents.map((agent) => ({ chat_id: chatId, ...agent }));
}
