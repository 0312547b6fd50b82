import type { IDataObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { operations as tagOperations } from '../../../nodes/LiveChat/actions/tag';
import type { Operation } from '../../../nodes/LiveChat/actions/types';
import { retryPolicy } from '../../../nodes/LiveChat/transport';
import { PAT_CREDENTIALS } from '../../helpers/contexts';
import { FakeLiveChat } from '../../helpers/fakeLiveChat';
import { failingRun, runNode, tagLocator } from '../../helpers/runNode';
import { LIVE_CHAT_ID, LIVE_THREAD_ID } from '../../simulator/state';

describe('items, errors and retries', () => {
	it('pairs every output item with its input and keeps going with Continue On Fail', async () => {
		new FakeLiveChat();
		const items = await runNode(
			{ resource: 'chat', operation: 'get', simplify: true },
			{
				items: [{}, {}, {}],
				itemParameters: [
					{ chatId: LIVE_CHAT_ID },
					{ chatId: 'NOSUCHCHAT' },
					{ chatId: 'ARCHIVE001' },
				],
				continueOnFail: true,
			},
		);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(items[0].json.id).toBe(LIVE_CHAT_ID);
		expect(items[1].json).toEqual({
			error: 'LiveChat could not find chat NOSUCHCHAT (get_chat)',
			description: expect.stringContaining('Chat NOSUCHCHAT not found'),
		});
		expect(items[1].error).toBeUndefined();
		expect(items[2].json.id).toBe('ARCHIVE001');
	});

	it('gives a failed item its error for "Continue (using error output)", which routes by it', async () => {
		new FakeLiveChat();
		const items = await runNode(
			{ resource: 'chat', operation: 'get', simplify: true },
			{
				items: [{}, {}],
				itemParameters: [{ chatId: LIVE_CHAT_ID }, { chatId: 'NOSUCHCHAT' }],
				onError: 'continueErrorOutput',
			},
		);
		expect(items[0].error).toBeUndefined();
		expect(items[1]).toMatchObject({
			json: { error: 'LiveChat could not find chat NOSUCHCHAT (get_chat)' },
			error: expect.any(NodeApiError),
			pairedItem: { item: 1 },
		});
	});

	it('pairs every record of a Get Many with the item that asked', async () => {
		new FakeLiveChat();
		const items = await runNode(
			{ resource: 'tag', operation: 'getMany', returnAll: true },
			{ items: [{}, {}] },
		);
		expect(items.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 0 },
			{ item: 0 },
			{ item: 1 },
			{ item: 1 },
			{ item: 1 },
		]);
	});

	it('rides out rate limiting with backoff and fails no item', async () => {
		const fake = new FakeLiveChat();
		// The 2nd tag_thread is refused twice (its first try and first retry).
		fake.simulator.faults.methodFaults.push({
			method: 'tag_thread',
			status: 429,
			type: 'too_many_requests',
			skip: 1,
			times: 2,
		});
		const items = await runNode(
			{ resource: 'chat', operation: 'addTag', chatId: LIVE_CHAT_ID, tag: tagLocator('sales') },
			{ items: [{}, {}, {}], itemParameters: [{ threadId: LIVE_THREAD_ID }] },
		);
		expect(items.map((item) => item.json.error)).toEqual([undefined, undefined, undefined]);
		// 2 refused calls + 3 tags + 1 lookup for the two items without a thread id.
		expect(fake.callsOf('tag_thread')).toHaveLength(5);
		expect(fake.callsOf('get_chat')).toHaveLength(1);
	});

	it('gives up after the bounded retries with advice, naming the item', async () => {
		const fake = new FakeLiveChat();
		fake.failNext('get_customer', { status: 429, type: 'too_many_requests' }, 10);
		const error = await failingRun({ resource: 'customer', operation: 'get', customerId: 'x' });
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe(
			"LiveChat's rate limit was hit and retries did not get through (get_customer)",
		);
		expect(error.context?.itemIndex).toBe(0);
		expect(fake.callsOf('get_customer')).toHaveLength(1 + retryPolicy.maxRetries);
	});

	it('uses the Personal Access Token credential when chosen', async () => {
		const fake = new FakeLiveChat();
		await runNode(
			{ resource: 'tag', operation: 'getMany', returnAll: true, authentication: 'accessToken' },
			{ credentials: { liveChatApi: PAT_CREDENTIALS } },
		);
		expect(String(fake.calls[0].headers.authorization)).toMatch(/^Basic /);
	});

	it('refuses an operation or resource it does not know before calling LiveChat', async () => {
		const fake = new FakeLiveChat();
		const unknownOperation = await failingRun({ resource: 'tag', operation: 'rename' });
		expect(unknownOperation).toBeInstanceOf(NodeOperationError);
		expect(unknownOperation.message).toBe('The operation "rename" of "tag" is not known');
		const unknownResource = await failingRun({ resource: 'webhook', operation: 'getMany' });
		expect(unknownResource.message).toBe('The operation "getMany" of "webhook" is not known');
		expect(fake.calls).toEqual([]);
	});

	it("says where n8n's own Custom API Call leads: Any Method, or the HTTP Request node", async () => {
		const fake = new FakeLiveChat();
		const error = await failingRun({
			resource: '__CUSTOM_API_CALL__',
			operation: '__CUSTOM_API_CALL__',
		});
		expect(error.message).toBe('Custom API Call runs elsewhere');
		expect(error.description).toContain('Any Method → Call');
		expect(error.description).toContain('HTTP Request');
		expect(fake.calls).toEqual([]);
	});
});

describe('the items of an operation that fails with an error of its own', () => {
	const realGetMany = tagOperations.getMany;
	/** Tag → Get Many, replaced: item 1 fails with a plain Error, the others give two records. */
	const failingSecondItem: Operation = {
		description: [],
		async execute(itemIndex: number): Promise<IDataObject[]> {
			if (itemIndex === 1) throw new Error('The second item is broken');
			return [
				{ record: 'a', itemIndex },
				{ record: 'b', itemIndex },
			];
		},
	};
	beforeEach(() => (tagOperations.getMany = failingSecondItem));
	afterEach(() => (tagOperations.getMany = realGetMany));

	it('stops at the failing item with an n8n error that names it', async () => {
		const error = await failingRun(
			{ resource: 'tag', operation: 'getMany' },
			{ items: [{}, {}, {}] },
		);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toBe('The second item is broken');
		expect(error.context?.itemIndex).toBe(1);
	});

	it('outputs the error as the failing item’s only item with Continue On Fail, and goes on', async () => {
		const items = await runNode(
			{ resource: 'tag', operation: 'getMany' },
			{ items: [{}, {}, {}], continueOnFail: true },
		);
		expect(items).toEqual([
			{ json: { record: 'a', itemIndex: 0 }, pairedItem: { item: 0 } },
			{ json: { record: 'b', itemIndex: 0 }, pairedItem: { item: 0 } },
			{ json: { error: 'The second item is broken' }, pairedItem: { item: 1 } },
			{ json: { record: 'a', itemIndex: 2 }, pairedItem: { item: 2 } },
			{ json: { record: 'b', itemIndex: 2 }, pairedItem: { item: 2 } },
		]);
	});
});
