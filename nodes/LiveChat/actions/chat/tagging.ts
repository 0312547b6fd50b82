import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { chatIdField, tagLocator, threadIdField } from '../descriptions';
import { chatIdOf, requiredText, threadIdOrLatest } from '../parameters';
import type { OperationRun } from '../run';

/** Add Tag and Remove Tag: the same parameters, `tag_thread` or `untag_thread`. */
export function taggingDescription(operation: 'addTag' | 'removeTag'): INodeProperties[] {
	return updateDisplayOptions({ show: { resource: ['chat'], operation: [operation] } }, [
		chatIdField,
		tagLocator,
		{
			...threadIdField,
			description:
				"ID of the thread. Leave empty for the chat's latest thread, which the node looks up once per chat.",
		},
	]);
}

export async function tagThread(
	context: IExecuteFunctions,
	method: 'tag_thread' | 'untag_thread',
	itemIndex: number,
	run: OperationRun,
) {
	const chatId = chatIdOf(context, itemIndex);
	const tag = requiredText(context, 'tag', itemIndex, 'Tag');
	const threadId = await threadIdOrLatest(context, chatId, itemIndex, run);
	await liveChatApiRequest(
		context,
		'agent',
		method,
		{ chat_id: chatId, thread_id: threadId, tag },
		itemIndex,
	);
	return { chat_id: chatId, thread_id: threadId, tag };
}
