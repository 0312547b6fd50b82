import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { textList } from '../../shared/lists';
import { liveChatApiRequest } from '../../transport';
import { chatListProperties } from '../descriptions';
import { collectionOf } from '../parameters';
import { archiveFiltersField, archiveFiltersOf } from './archiveFilters';
import { readChatList } from './readChats';
import { simplifyChat } from './simplifyChat';

const properties = chatListProperties(archiveFiltersField, [
	{
		displayName: 'Highlight Matches',
		name: 'highlight',
		type: 'boolean',
		default: false,
		description:
			'Whether LiveChat marks where the Text filter matched (with <em>); shown with Simplify off',
	},
]);

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['searchArchives'] } },
	properties,
);

const MAX_THREAD_IDS = 20;

/**
 * `filters.thread_ids` "cannot be used with other filters or pagination": one call, no limit, no
 * sort order, at most 20 threads.
 */
async function archivedThreads(
	context: IExecuteFunctions,
	threadIds: string[],
	otherFilters: IDataObject,
	itemIndex: number,
) {
	if (Object.keys(otherFilters).length || threadIds.length > MAX_THREAD_IDS) {
		throw new NodeOperationError(context.getNode(), 'Thread IDs go alone, at most 20', {
			itemIndex,
			description:
				'LiveChat finds up to 20 threads by ID and takes no other filter with them: remove the other filters, or the Thread IDs.',
		});
	}
	const { chats } = await liveChatApiRequest(
		context,
		'agent',
		'list_archives',
		{ filters: { thread_ids: threadIds } },
		itemIndex,
	);
	return context.getNodeParameter('simplify', itemIndex, true)
		? chats.map(simplifyChat)
		: chats.map((chat) => ({ ...chat }) as IDataObject);
}

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const archiveFilters = archiveFiltersOf(this, itemIndex);
	const threadIds = textList(collectionOf(this, 'filters', itemIndex).threadIds);
	if (threadIds.length) return await archivedThreads(this, threadIds, archiveFilters, itemIndex);

	const highlight = collectionOf(this, 'options', itemIndex).highlight === true;
	return await readChatList(
		this,
		'list_archives',
		archiveFilters,
		simplifyChat,
		itemIndex,
		highlight ? { highlights: {} } : {},
	);
}
