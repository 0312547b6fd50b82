import { operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { runNode } from '../../../helpers/runNode';

const greeting = operationParameters('greeting');

describe('Greeting → Get Many', () => {
	it('reads every page; the groups go with the first request only', async () => {
		const fake = new FakeLiveChat();
		const [seeded] = fake.simulator.state.greetings;
		for (let id = 2; id <= 250; id++)
			fake.simulator.state.greetings.push({ ...seeded, id, group: id % 2 });
		const items = await runNode(
			greeting('getMany', { returnAll: true, filters: { groupIds: [1] } }),
		);
		expect(items).toHaveLength(124);
		const [first, second] = fake.callsOf('list_greetings').map((call) => call.body);
		expect(first).toEqual({ groups: [1], limit: 100 });
		expect(second).toEqual({ page_id: expect.any(String) });
	});

	it('stops at the limit', async () => {
		const fake = new FakeLiveChat();
		fake.simulator.state.greetings.push({ ...fake.simulator.state.greetings[0], id: 2 });
		const items = await runNode(greeting('getMany', { returnAll: false, limit: 1, filters: {} }));
		expect(items.map((item) => item.json.id)).toEqual([1]);
		expect(fake.callsOf('list_greetings')[0].body).toEqual({ limit: 1 });
	});
});
