import { operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';

const custom = (parameters: Record<string, unknown>) =>
	operationParameters('anyMethod')('call', parameters);

describe('Any Method → Call', () => {
	it('calls any Agent Chat method by name; a list gives one item per entry', async () => {
		const fake = new FakeLiveChat();
		const items = await runNode(
			custom({
				api: 'agent',
				method: 'list_routing_statuses',
				body: '{"filters": {"group_ids": [0]}}',
			}),
		);
		expect(fake.callsOf('list_routing_statuses')[0]).toMatchObject({
			api: 'agent',
			body: { filters: { group_ids: [0] } },
		});
		expect(items.map((item) => item.json.agent_id)).toContain('smith@example.com');
	});

	it('calls Configuration methods and reports, the answer as the item', async () => {
		const fake = new FakeLiveChat();
		const [group] = await runNode(
			custom({ api: 'configuration', method: 'get_group', body: { id: 1 } }),
		);
		expect(group.json).toMatchObject({ id: 1, name: 'Sales' });
		const [report] = await runNode(
			custom({ api: 'reports', method: 'chats/total_chats', body: '{}' }),
		);
		expect(fake.callsOf('chats/total_chats')[0].api).toBe('reports');
		expect(report.json).toHaveProperty('records');
	});

	it("passes LiveChat's errors through the node's advice", async () => {
		new FakeLiveChat();
		const error = await failingRun(
			custom({ api: 'configuration', method: 'get_group', body: '{"id": 9}' }),
		);
		expect(error.message).toBe('LiveChat could not find group 9 (get_group)');
	});

	it.each([
		[{ method: 'list routing' }, '"list routing" is not a LiveChat method name'],
		[{ method: 'get_chat', body: '{chat' }, 'Body (JSON) is not valid JSON'],
		[{ method: 'get_chat', body: '[1]' }, 'Body (JSON) is not an object'],
	])('refuses %j before calling LiveChat', async (parameters, message) => {
		const fake = new FakeLiveChat();
		const error = await failingRun(custom({ api: 'agent', ...parameters }));
		expect(error.message).toBe(message);
		expect(fake.calls).toEqual([]);
	});
});
