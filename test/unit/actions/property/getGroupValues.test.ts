import { operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { runNode } from '../../../helpers/runNode';

const property = operationParameters('property');

describe('Property → Get Group Values', () => {
	it('gives one item per group and value; no group chosen reads every group', async () => {
		const fake = new FakeLiveChat();
		fake.simulator.state.groupProperties.set(0, { test: { string_property: 'general' } });
		fake.simulator.state.groupProperties.set(1, { test: { string_property: 'sales' } });
		const items = await runNode(
			property('getGroupValues', { groupIds: [], namespace: '', namePrefix: '' }),
		);
		expect(fake.callsOf('list_groups_properties')[0].body).toEqual({ group_ids: [] });
		expect(items.map((item) => item.json)).toEqual([
			{ group_id: 0, namespace: 'test', name: 'string_property', value: 'general' },
			{ group_id: 1, namespace: 'test', name: 'string_property', value: 'sales' },
		]);
		const one = await runNode(property('getGroupValues', { groupIds: [1], namespace: 'test' }));
		expect(one.map((item) => item.json.value)).toEqual(['sales']);
	});
});
