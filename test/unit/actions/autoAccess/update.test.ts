import { operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';

const rule = operationParameters('autoAccess');

describe('Routing Rule → Update', () => {
	it('changes the groups and moves the rule to the end', async () => {
		const fake = new FakeLiveChat();
		const [first] = fake.simulator.state.autoAccesses;
		fake.simulator.state.autoAccesses.push({ ...first, id: 'second', description: 'Second' });
		const [item] = await runNode(
			rule('update', { ruleId: first.id, updateFields: { groupIds: [0, 1], nextId: '' } }),
		);
		const request = { id: first.id, access: { groups: [0, 1] }, next_id: '' };
		expect(fake.callsOf('update_auto_access')[0].body).toEqual(request);
		expect(item.json).toEqual(request);
		expect(fake.simulator.state.autoAccesses.map((known) => known.id)).toEqual([
			'second',
			first.id,
		]);
	});

	it('replaces the conditions without moving the rule', async () => {
		const fake = new FakeLiveChat();
		const [first] = fake.simulator.state.autoAccesses;
		await runNode(
			rule('update', {
				ruleId: first.id,
				updateFields: { conditions: { urlMatches: { match: [{ value: '/pricing' }] } } },
			}),
		);
		expect(fake.callsOf('update_auto_access')[0].body).toEqual({
			id: first.id,
			conditions: { url: { values: [{ value: '/pricing', exact_match: false }] } },
		});
		expect(fake.simulator.state.autoAccesses[0].conditions).toEqual({
			url: { values: [{ value: '/pricing', exact_match: false }] },
		});
	});

	it('refuses an update without fields before calling LiveChat', async () => {
		const fake = new FakeLiveChat();
		const error = await failingRun(rule('update', { ruleId: 'any', updateFields: {} }));
		expect(error.message).toBe('Nothing to update');
		expect(fake.calls).toEqual([]);
	});
});
