import { operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { runNode } from '../../../helpers/runNode';

const property = operationParameters('property');

describe('Property → Set Group Values', () => {
	it("sets a group's values (the group as `group_id`, as the method page names it)", async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			property('setGroupValues', {
				groupId: 1,
				properties: {
					property: [{ namespace: 'test', name: 'bool_property', type: 'boolean', value: 'true' }],
				},
			}),
		);
		const body = { group_id: 1, properties: { test: { bool_property: true } } };
		expect(fake.callsOf('update_group_properties')[0].body).toEqual(body);
		expect(item.json).toEqual(body);
		expect(fake.simulator.state.groupProperties.get(1)).toEqual({ test: { bool_property: true } });
	});
});
