import { operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { runNode } from '../../../helpers/runNode';

const group = operationParameters('group');

describe('Group → Get Many', () => {
	it('lists the groups with their agents, up to the limit', async () => {
		const fake = new FakeLiveChat();
		const all = await runNode(group('getMany', { returnAll: true }));
		expect(fake.callsOf('list_groups')[0].body).toEqual({
			fields: ['agent_priorities', 'routing_status'],
		});
		expect(all.map((item) => item.json.name)).toEqual(['General', 'Sales']);
		expect(all[0].json.agent_priorities).toEqual({
			'smith@example.com': 'normal',
			'jones@example.com': 'normal',
		});
		const one = await runNode(group('getMany', { returnAll: false, limit: 1 }));
		expect(one.map((item) => item.json.id)).toEqual([0]);
	});
});
