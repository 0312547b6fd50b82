import { operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';

const property = operationParameters('property');

describe('Property → Delete License Values', () => {
	it('deletes the named values', async () => {
		const fake = new FakeLiveChat();
		fake.simulator.state.licenseProperties = { test: { string_property: 'a', int_property: 1 } };
		const [item] = await runNode(
			property('deleteLicenseValues', {
				properties: { property: [{ namespace: 'test', name: 'int_property' }] },
			}),
		);
		expect(fake.callsOf('delete_license_properties')[0].body).toEqual({
			properties: { test: ['int_property'] },
		});
		expect(item.json).toEqual({ deleted: { test: ['int_property'] } });
		expect(fake.simulator.state.licenseProperties).toEqual({ test: { string_property: 'a' } });
	});

	it('refuses an empty list before calling LiveChat', async () => {
		const fake = new FakeLiveChat();
		const error = await failingRun(property('deleteLicenseValues', { properties: {} }));
		expect(error.message).toBe('No properties to delete');
		expect(fake.calls).toEqual([]);
	});
});
