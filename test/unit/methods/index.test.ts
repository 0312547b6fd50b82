import type { ILoadOptionsFunctions } from 'n8n-workflow';

import { LiveChat } from '../../../nodes/LiveChat/LiveChat.node';
import { JONES_ID } from '../../helpers/chats';
import { hookContext } from '../../helpers/contexts';
import { FakeLiveChat } from '../../helpers/fakeLiveChat';
import { ADMIN, BOT_ID, LIVE_CHAT_ID } from '../../simulator/state';

describe('the agents dropdown of Transfer', () => {
	const node = new LiveChat();
	const loadContext = (chatId: unknown) => {
		const { context } = hookContext();
		Object.assign(context, {
			getCurrentNodeParameter: (name: string) => (name === 'chatId' ? chatId : undefined),
		});
		return context as unknown as ILoadOptionsFunctions;
	};

	it('lists the agents of the chat’s groups with their load, least busy first', async () => {
		const fake = new FakeLiveChat();
		const options = await node.methods.loadOptions.getAgentsForTransfer.call(
			loadContext(LIVE_CHAT_ID),
		);
		expect(fake.callsOf('list_agents_for_transfer')[0].body).toEqual({ chat_id: LIVE_CHAT_ID });
		// LiveChat lists agents (and bots) that are online, accepting chats or not.
		expect(options).toEqual([
			{ name: `${BOT_ID} (0 active chats)`, value: BOT_ID },
			{ name: 'jones@example.com (0 active chats)', value: JONES_ID },
			{ name: 'smith@example.com (1 active chat)', value: ADMIN.email },
		]);
	});

	it('asks for a Chat ID when there is none it can use', async () => {
		const fake = new FakeLiveChat();
		for (const chatId of ['', '={{ $json.chatId }}']) {
			await expect(
				node.methods.loadOptions.getAgentsForTransfer.call(loadContext(chatId)),
			).rejects.toThrow('Enter a Chat ID to list its agents');
		}
		expect(fake.calls).toHaveLength(0);
	});
});

describe('dropdowns from the live account', () => {
	const node = new LiveChat();
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

	it('lists bots by name with the ID as description, a nameless one by its ID', async () => {
		const fake = new FakeLiveChat();
		const [chatBot] = fake.simulator.state.bots;
		fake.simulator.state.bots.push({ ...chatBot, id: 'a0nameless', name: '' });
		await expect(node.methods.loadOptions.getBots.call(loadContext())).resolves.toEqual([
			{ name: 'a0nameless', value: 'a0nameless', description: 'a0nameless' },
			{ name: 'ChatBot', value: BOT_ID, description: BOT_ID },
		]);
	});

	it('lists agents by name and email, sorted', async () => {
		new FakeLiveChat();
		await expect(node.methods.loadOptions.getAgents.call(loadContext())).resolves.toEqual([
			{ name: 'Agent Jones (jones@example.com)', value: 'jones@example.com' },
			{ name: 'Agent Smith (smith@example.com)', value: 'smith@example.com' },
		]);
	});

	it('lists routing rules in LiveChat’s order; the positions start with "At the End"', async () => {
		const fake = new FakeLiveChat();
		const [first] = fake.simulator.state.autoAccesses;
		fake.simulator.state.autoAccesses.push({ ...first, id: 'b2', description: '' });
		const rules = [
			{ name: '1. Visitors from the shop', value: first.id },
			{ name: '2. Rule b2', value: 'b2' },
		];
		await expect(node.methods.loadOptions.getAutoAccesses.call(loadContext())).resolves.toEqual(
			rules,
		);
		await expect(
			node.methods.loadOptions.getAutoAccessPositions.call(loadContext()),
		).resolves.toEqual([{ name: 'At the End', value: '' }, ...rules]);
	});
});
