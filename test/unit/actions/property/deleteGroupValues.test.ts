import { operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { runNode } from '../../../helpers/runNode';

const property = operationParameters('property');

describe('Property → Delete Group Values', () => {
	it("deletes a group's values (the group as `id`, as the method page names it)", async () => {
		const fake = new FakeLiveChat();
		fake.simulator.state.groupProperties.set(1, { test: { string_property: 'sales' } });
		const [item] = await runNode(
			property('deleteGroupValues', {
				groupId: 1,
				properties: { property: [{ namespace: 'test', name: 'string_property' }] },
			}),
		);
		expect(fake.callsOf('delete_group_properties')[0].body).toEqual({
			id: 1,
			properties: { test: ['string_property'] },
		});
		expect(item.json).toEqual({ group_id: 1, deleted: { test: ['string_property'] } });
		expect(fake.simulator.state.groupProperties.get(1)).toEqual({});
	});
});
