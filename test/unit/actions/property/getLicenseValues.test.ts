import { operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { runNode } from '../../../helpers/runNode';

const property = operationParameters('property');

describe('Property → Get License Values', () => {
	it('gives one item per value, filtered by namespace and prefix', async () => {
		const fake = new FakeLiveChat();
		fake.simulator.state.licenseProperties = {
			test: { string_property: 'a', int_property: 1 },
			other: { string_x: 'b' },
		};
		const items = await runNode(
			property('getLicenseValues', { namespace: 'test', namePrefix: 'string' }),
		);
		expect(fake.callsOf('list_license_properties')[0].body).toEqual({
			namespace: 'test',
			name_prefix: 'string',
		});
		expect(items.map((item) => item.json)).toEqual([
			{ namespace: 'test', name: 'string_property', value: 'a' },
		]);
		const all = await runNode(property('getLicenseValues', { namespace: '', namePrefix: '' }));
		expect(all).toHaveLength(3);
		expect(fake.callsOf('list_license_properties')[1].body).toEqual({});
	});
});
