import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { chatIdField, threadIdField } from '../descriptions';
import { chatIdOf, threadIdOrLatest } from '../parameters';
import type { OperationRun } from '../run';

const properties: INodeProperties[] = [
	chatIdField,
	threadIdField,
	{
		displayName:
			'LiveChat writes the summary later and sends it as the Thread Summary Set event: a LiveChat Trigger listening for it gets the text. A closed thread can be summarized only once.',
		name: 'summaryNotice',
		type: 'notice',
		default: '',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['requestThreadSummary'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number, run: OperationRun) {
	const chatId = chatIdOf(this, itemIndex);
	const threadId = await threadIdOrLatest(this, chatId, itemIndex, run);
	const request = { chat_id: chatId, thread_id: threadId };
	await liveChatApiRequest(this, 'agent', 'request_thread_summary', request, itemIndex);
	return { ...request, summary_requested: true };
}
