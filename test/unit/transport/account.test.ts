import { getLiveChatAccount, regionOfToken } from '../../../nodes/LiveChat/transport/account';
import { liveChatApiRequest } from '../../../nodes/LiveChat/transport';
import {
	CLIENT_ID,
	executeContext,
	hookContext,
	OAUTH2_CREDENTIALS,
	PAT_CREDENTIALS,
} from '../../helpers/contexts';
import { botCredentials } from '../../helpers/botCredentials';
import { FakeLiveChat } from '../../helpers/fakeLiveChat';
import { runNode } from '../../helpers/runNode';
import { OWN_WEBHOOKS } from '../../helpers/transport';
import { BOT_ID } from '../../simulator/state';

describe('credential', () => {
	it('uses Basic account_id:token for a Personal Access Token', async () => {
		const fake = new FakeLiveChat();
		const { context } = hookContext({
			parameters: { authentication: 'accessToken' },
			credentials: { liveChatApi: PAT_CREDENTIALS },
		});
		await liveChatApiRequest(context, 'agent', 'list_chats', {});
		const expected = Buffer.from(`${PAT_CREDENTIALS.accountId}:${PAT_CREDENTIALS.accessToken}`);
		expect(fake.calls[0].headers.authorization).toBe(`Basic ${expected.toString('base64')}`);
		expect(fake.calls[0].api).toBe('agent');
	});

	it("sends to the credential's API URL, so tests and proxies need no code change", async () => {
		const fake = new FakeLiveChat('http://127.0.0.1:9999');
		const { context } = hookContext({
			credentials: {
				liveChatOAuth2Api: { ...OAUTH2_CREDENTIALS, apiUrl: 'http://127.0.0.1:9999/' },
			},
		});
		await liveChatApiRequest(context, 'configuration', 'list_webhooks', OWN_WEBHOOKS);
		expect(fake.calls).toHaveLength(1);
	});

	it("takes a bot's region from the bot credential's Personal Access Token", async () => {
		const { context } = executeContext({
			parameters: { authentication: 'bot' },
			credentials: {
				liveChatBotApi: {
					clientId: CLIENT_ID,
					botToken: 'eyJhbGciOiJIUzI1NiJ9.e30.signature',
					accessToken: 'fra:personal-access-token',
					apiUrl: '',
				},
			},
		});
		await expect(getLiveChatAccount.call(context)).resolves.toEqual({
			credentialType: 'liveChatBotApi',
			apiUrl: 'https://api.livechatinc.com',
			clientId: CLIENT_ID,
			region: 'fra',
		});
	});

	it('prefers the region of the token itself, and drops trailing slashes of the API URL', async () => {
		const { context } = hookContext({
			parameters: { authentication: 'accessToken' },
			credentials: { liveChatApi: { ...PAT_CREDENTIALS, apiUrl: 'https://proxy.example.com//' } },
		});
		await expect(getLiveChatAccount.call(context)).resolves.toEqual({
			credentialType: 'liveChatApi',
			apiUrl: 'https://proxy.example.com',
			clientId: CLIENT_ID,
			region: 'dal',
		});
	});
});

describe('region', () => {
	it.each([
		['fra:abc', 'fra'],
		['dal:abc', 'dal'],
		['fra-a:vky9', 'fra-a'],
		['abc', undefined],
		['https://x', undefined],
		[undefined, undefined],
	])('token %s → region %s', (token, region) => {
		expect(regionOfToken(token)).toBe(region);
	});

	it('calls the license’s region at once: the bot token names none, the PAT does', async () => {
		const fake = new FakeLiveChat();
		fake.simulator.state.region = 'fra';
		const credentials = botCredentials(
			fake,
			String(PAT_CREDENTIALS.accessToken).replace(/^dal:/, 'fra:'),
		);
		await runNode(
			{ resource: 'bot', authentication: 'bot', operation: 'get', botId: BOT_ID },
			credentials,
		);
		const calls = fake.callsOf('get_bot');
		expect(calls.map((call) => call.headers['x-region'])).toEqual(['fra']);
		expect(calls[0].headers.authorization).toBe(
			`Bearer ${credentials.credentials.liveChatBotApi.botToken}`,
		);
	});
});
