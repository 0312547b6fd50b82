import { operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';

const property = operationParameters('property');

describe('Property → Set License Values', () => {
	it('sets typed values, keeping the others', async () => {
		const fake = new FakeLiveChat();
		fake.simulator.state.licenseProperties = { test: { string_property: 'kept' } };
		const [item] = await runNode(
			property('setLicenseValues', {
				properties: {
					property: [{ namespace: 'test', name: 'int_property', type: 'number', value: '7' }],
				},
			}),
		);
		expect(fake.callsOf('update_license_properties')[0].body).toEqual({
			properties: { test: { int_property: 7 } },
		});
		expect(item.json).toEqual({ properties: { test: { int_property: 7 } } });
		expect(fake.simulator.state.licenseProperties).toEqual({
			test: { string_property: 'kept', int_property: 7 },
		});
	});

	it('refuses a value that is not of its type before calling LiveChat', async () => {
		const fake = new FakeLiveChat();
		const error = await failingRun(
			property('setLicenseValues', {
				properties: {
					property: [{ namespace: 'test', name: 'int_property', type: 'number', value: 'x' }],
				},
			}),
		);
		expect(error.message).toBe('"x" is not a number (test.int_property)');
		expect(fake.calls).toEqual([]);
	});
});
