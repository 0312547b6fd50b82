import { operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { runNode } from '../../../helpers/runNode';

const rule = operationParameters('autoAccess');

describe('Routing Rule → Get Many', () => {
	it('lists the rules in LiveChat’s order with their position', async () => {
		const fake = new FakeLiveChat();
		const [first] = fake.simulator.state.autoAccesses;
		fake.simulator.state.autoAccesses.push({ ...first, id: 'second', description: 'Second' });
		const items = await runNode(rule('getMany', { returnAll: true }));
		expect(fake.callsOf('list_auto_accesses')[0].body).toEqual({});
		expect(items.map((item) => item.json)).toEqual([
			{ ...first, next_id: 'second', position: 1 },
			{ ...first, id: 'second', description: 'Second', next_id: '', position: 2 },
		]);
		const limited = await runNode(rule('getMany', { returnAll: false, limit: 1 }));
		expect(limited.map((item) => item.json.id)).toEqual([first.id]);
	});
});
