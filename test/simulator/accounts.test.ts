/**
 * The simulator's LiveChat Accounts: the authorization code flow, `/v2/token` for the code and
 * refresh grants (client credentials in the body only), and access tokens that expire.
 */

import { type HttpAnswer, simulatorOverHttp } from '../helpers/simulatorCalls';
import { APP_CLIENT_ID, APP_CLIENT_SECRET } from './state';

const server = simulatorOverHttp();
const { call } = server;

describe('OAuth2', () => {
	it('exchanges a code once, refreshes, and refuses client credentials outside the body', async () => {
		const location = server.sim.accounts.approve(
			new URLSearchParams({
				client_id: APP_CLIENT_ID,
				redirect_uri: 'http://localhost/cb',
				state: 's',
			}),
		);
		const code = new URL(location).searchParams.get('code')!;
		expect(code).toMatch(/^dal:/);
		const exchange = {
			grant_type: 'authorization_code',
			code,
			client_id: APP_CLIENT_ID,
			client_secret: APP_CLIENT_SECRET,
			redirect_uri: 'http://localhost/cb',
		};
		const post = async (form: Record<string, string>) => {
			const response = await fetch(`${server.url}/v2/token`, {
				method: 'POST',
				body: new URLSearchParams(form),
			});
			return { status: response.status, body: (await response.json()) as HttpAnswer };
		};
		const token = await post(exchange);
		expect(token.body).toMatchObject({
			token_type: 'Bearer',
			expires_in: 28800,
			access_token: expect.stringMatching(/^dal:/),
		});
		expect((await post(exchange)).body.error).toBe('invalid_grant');

		server.sim.accounts.expireAccessTokens();
		const expired = await call(
			'agent',
			'get_chat',
			{ chat_id: 'PJ0MRSHTDG' },
			{ Authorization: `Bearer ${token.body.access_token}`, 'X-Region': 'dal' },
		);
		expect(expired).toMatchObject({ status: 401, body: { error: { type: 'authentication' } } });
		const refreshed = await post({
			grant_type: 'refresh_token',
			refresh_token: String(token.body.refresh_token),
			client_id: APP_CLIENT_ID,
			client_secret: APP_CLIENT_SECRET,
		});
		expect(refreshed.body.refresh_token).toBe(token.body.refresh_token);
		const again = await call(
			'agent',
			'get_chat',
			{ chat_id: 'PJ0MRSHTDG' },
			{ Authorization: `Bearer ${refreshed.body.access_token}` },
		);
		expect(again.status).toBe(200);

		expect(
			(
				await post({
					grant_type: 'refresh_token',
					refresh_token: String(token.body.refresh_token),
					client_id: APP_CLIENT_ID,
				})
			).body.error,
		).toBe('invalid_client');
	});
});
