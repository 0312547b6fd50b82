import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { botIdOf } from '../parameters';
import { botIdField } from './descriptions';

const properties: INodeProperties[] = [botIdField];

export const description = updateDisplayOptions(
	{ show: { resource: ['bot'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = botIdOf(this, itemIndex);
	const bot = await liveChatApiRequest(
		this,
		'configuration',
		'get_bot',
		{ id, fields: ['groups', 'work_scheduler', 'job_title', 'max_chats_count', 'timezone'] },
		itemIndex,
	);
	return { ...bot };
}
