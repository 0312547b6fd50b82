import { operationParameters } from '../../../helpers/actionParameters';
import { CLIENT_ID } from '../../../helpers/contexts';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';

const property = operationParameters('property');
const chatAccess = {
	location: [{ location: 'chat', agent: ['read', 'write'], customer: ['read'] }],
};

describe('Property → Register', () => {
	it("registers a property in the credential app's namespace, then Update Properties can set it", async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			property('register', {
				name: 'order_id',
				type: 'string',
				access: chatAccess,
				additionalFields: { description: 'Shop order' },
			}),
		);
		const request = {
			name: 'order_id',
			owner_client_id: CLIENT_ID,
			type: 'string',
			access: { chat: { agent: ['read', 'write'], customer: ['read'] } },
			description: 'Shop order',
		};
		expect(fake.callsOf('register_property')[0].body).toEqual(request);
		expect(item.json).toEqual(request);
		await runNode({
			resource: 'chat',
			operation: 'updateProperties',
			chatId: 'PJ0MRSHTDG',
			level: 'chat',
			properties: {
				property: [{ namespace: CLIENT_ID, name: 'order_id', type: 'string', value: 'A-1' }],
			},
		});
		expect(fake.callsOf('update_chat_properties')[0]).toMatchObject({ body: { id: 'PJ0MRSHTDG' } });
	});

	it('types the allowed values, range and default by the property type', async () => {
		const fake = new FakeLiveChat();
		await runNode(
			property('register', {
				name: 'tier',
				type: 'int',
				access: { location: [{ location: 'license', agent: ['read'], customer: [] }] },
				additionalFields: { domain: '1, 2, 3', rangeFrom: 1, rangeTo: 3, defaultValue: '2' },
			}),
		);
		expect(fake.callsOf('register_property')[0].body).toMatchObject({
			access: { license: { agent: ['read'] } },
			domain: [1, 2, 3],
			range: { from: 1, to: 3 },
			default_value: 2,
		});
	});

	it.each([
		[
			{ type: 'string', access: { location: [{ location: 'chat', agent: [], customer: [] }] } },
			'The property has no access',
		],
		[
			{ type: 'bool', access: chatAccess, additionalFields: { defaultValue: 'yes' } },
			'Default value "yes" is not a boolean',
		],
		[
			{ type: 'string', access: chatAccess, additionalFields: { rangeTo: 5 } },
			'Minimum and Maximum are for whole numbers',
		],
	])('refuses %j before calling LiveChat', async (parameters, message) => {
		const fake = new FakeLiveChat();
		const error = await failingRun(property('register', { name: 'x', ...parameters }));
		expect(error.message).toBe(message);
		expect(fake.calls).toEqual([]);
	});

	it('passes on LiveChat’s refusal of a default value outside a license or group', async () => {
		new FakeLiveChat();
		const error = await failingRun(
			property('register', {
				name: 'x',
				type: 'string',
				access: chatAccess,
				additionalFields: { defaultValue: 'a' },
			}),
		);
		expect(error.message).toBe('LiveChat rejected the request to register_property as invalid');
		expect(error.description).toContain('license or group location');
	});
});
