import type { ILoadOptionsFunctions } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { LiveChat } from '../../nodes/LiveChat/LiveChat.node';
import { retryPolicy } from '../../nodes/LiveChat/transport';
import { LIVE_CHAT_ID, LIVE_THREAD_ID } from '../simulator/state';
import { hookContext, PAT_CREDENTIALS } from '../helpers/contexts';
import { FakeLiveChat } from '../helpers/fakeLiveChat';
import { failingRun, runNode, tagLocator } from '../helpers/runNode';

const node = new LiveChat();

describe('the node description', () => {
	const { properties } = node.description;
	const V3_RESOURCES = ['agent', 'bot', 'chat', 'customer', 'report', 'tag'];

	it('is usable as an AI tool; v3.6 resources take OAuth2, a token or a bot, Visitor the legacy credential', () => {
		expect(node.description.usableAsTool).toBe(true);
		expect(
			node.description.credentials?.map((c) => [c.name, c.displayOptions?.show?.resource]),
		).toEqual([
			['liveChatOAuth2Api', V3_RESOURCES],
			['liveChatApi', V3_RESOURCES],
			['liveChatBotApi', V3_RESOURCES],
			['liveChatLegacyWebhookApi', ['visitor']],
		]);
	});

	it('sorts resources and each resource’s operations, each with an action', () => {
		const resources = properties.find((p) => p.name === 'resource')!.options as Array<{
			name: string;
		}>;
		expect(resources.map((r) => r.name)).toEqual([
			'Agent',
			'Bot',
			'Chat',
			'Customer',
			'Report',
			'Tag',
			'Visitor (Legacy)',
		]);
		const operationLists = properties.filter((p) => p.name === 'operation');
		expect(operationLists).toHaveLength(7);
		for (const list of operationLists) expect(list.options).not.toHaveLength(0);
		for (const list of operationLists) {
			const options = list.options as Array<{ name: string; action?: string }>;
			expect(options.map((o) => o.name)).toEqual([...options.map((o) => o.name)].sort());
			for (const option of options) expect(option.action).toBeTruthy();
		}
	});
});

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
		expect(items[2].json.id).toBe('ARCHIVE001');
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
});

describe('dropdowns from the live account', () => {
	const loadContext = () => hookContext().context as unknown as ILoadOptionsFunctions;

	it('lists groups by name with numeric ids', async () => {
		new FakeLiveChat();
		await expect(node.methods.loadOptions.getGroups.call(loadContext())).resolves.toEqual([
			{ name: 'General', value: 0 },
			{ name: 'Sales', value: 1 },
		]);
	});

	it('searches tags and agents', async () => {
		new FakeLiveChat();
		const tags = await node.methods.listSearch.searchTags.call(loadContext(), 'SUP');
		expect(tags.results).toEqual([{ name: 'support', value: 'support' }]);
		const agents = await node.methods.listSearch.searchAgents.call(loadContext(), 'smith');
		expect(agents.results).toEqual([
			{ name: 'Agent Smith (smith@example.com)', value: 'smith@example.com' },
		]);
		const all = await node.methods.loadOptions.getTags.call(loadContext());
		expect(all.map((option) => option.value)).toEqual(['bug_report', 'sales', 'support']);
	});
});
