import { LiveChatApi } from '../../../credentials/LiveChatApi.credentials';
import { regionOfToken } from '../../../nodes/LiveChat/transport';
import { defaults, evaluate } from '../../helpers/credentialFields';

describe('LiveChat Personal Access Token credential', () => {
	const credential = new LiveChatApi();
	const fields = defaults(credential.properties);
	const values = {
		accountId: 'b7eff798-f8df-4364-8059-649c35c9ed0c',
		accessToken: 'fra:secret-pat',
		clientId: '0805e283233042b37f460ed8fbf22160',
		apiUrl: 'https://api.livechatinc.com',
	};

	it('asks for Account ID, a password-typed token and the Client ID that owns webhooks', () => {
		expect(Object.keys(fields)).toEqual(['accountId', 'accessToken', 'clientId', 'apiUrl']);
		const token = credential.properties.find((p) => p.name === 'accessToken');
		expect(token?.typeOptions?.password).toBe(true);
		expect(fields.apiUrl).toEqual({ value: 'https://api.livechatinc.com', type: 'hidden' });
	});

	it('authenticates with Basic account_id:token', () => {
		const auth = credential.authenticate.properties.auth!;
		expect(evaluate(auth.username, values)).toBe(values.accountId);
		expect(evaluate(auth.password, values)).toBe(values.accessToken);
	});

	it('is tested by reading the license webhook state for its Client ID, in its region', () => {
		const { request } = credential.test;
		expect(evaluate(String(request.baseURL), values)).toBe(values.apiUrl);
		expect(request.url).toBe('/v3.6/configuration/action/get_license_webhooks_state');
		expect(request.method).toBe('POST');
		expect(evaluate(String((request.body as Record<string, string>).owner_client_id), values)).toBe(
			values.clientId,
		);
		const region = String((request.headers as Record<string, string>)['X-Region']);
		for (const token of ['fra:x', 'dal:x', 'fra-a:x']) {
			expect(evaluate(region, { ...values, accessToken: token })).toBe(regionOfToken(token));
		}
		expect(evaluate(region, { ...values, accessToken: 'no-prefix' })).toBe('dal');
	});
});
