import { Container } from '@n8n/di';
import { OutboundHttp } from '@n8n/backend-network';
import nock from 'nock';
import { httpRequestWithAuthentication } from 'n8n-core/dist/execution-engine/node-execution-context/utils/request-helpers/authentication';
import { NodeApiError } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
} from 'n8n-workflow';

import { LiveChatBotApi } from '../../../credentials/LiveChatBotApi.credentials';
import { liveChatApiRequest, regionOfToken } from '../../../nodes/LiveChat/transport';
import { API_URL, NODE, PAT_CREDENTIALS } from '../../helpers/contexts';
import { defaults, evaluate } from '../../helpers/credentialFields';
import { FakeLiveChat } from '../../helpers/fakeLiveChat';
import {
	APP_CLIENT_ID,
	BOT_ID,
	BOT_SECRET,
	LIVE_CHAT_ID,
	ORGANIZATION_ID,
} from '../../simulator/state';

describe('LiveChat Bot API credential', () => {
	const credential = new LiveChatBotApi();
	const fields = defaults(credential.properties);
	const stored = () => ({
		botId: BOT_ID,
		botSecret: BOT_SECRET,
		clientId: APP_CLIENT_ID,
		organizationId: ORGANIZATION_ID,
		accountId: String(PAT_CREDENTIALS.accountId),
		accessToken: String(PAT_CREDENTIALS.accessToken),
		apiUrl: API_URL,
		botToken: '',
	});
	const outbound = (options: IHttpRequestOptions) =>
		Container.get(OutboundHttp).requests().request(options);

	afterEach(() => nock.cleanAll());

	it('asks for the bot, its app and organization, and a PAT; keeps the token hidden and expirable', () => {
		expect(Object.keys(fields)).toEqual([
			'botId',
			'botSecret',
			'clientId',
			'organizationId',
			'accountId',
			'accessToken',
			'apiUrl',
			'botToken',
		]);
		for (const secret of ['botSecret', 'accessToken', 'botToken']) {
			const property = credential.properties.find((p) => p.name === secret);
			expect(property?.typeOptions?.password).toBe(true);
		}
		expect(fields.apiUrl).toEqual({ value: 'https://api.livechatinc.com', type: 'hidden' });
		expect(fields.botToken).toEqual({ value: '', type: 'hidden' });
		const token = credential.properties.find((p) => p.name === 'botToken');
		expect(token?.typeOptions?.expirable).toBe(true);
		expect(credential.authenticate.properties.headers).toEqual({
			Authorization: '=Bearer {{$credentials.botToken}}',
		});
	});

	it('pre-authenticates with issue_bot_token, authenticated by the PAT (Basic)', async () => {
		const fake = new FakeLiveChat();
		const helpers = { helpers: { httpRequest: outbound } } as unknown as IHttpRequestHelper;
		const { botToken } = await credential.preAuthentication.call(helpers, stored());
		const [issue] = fake.callsOf('issue_bot_token');
		expect(issue.body).toEqual({
			bot_id: BOT_ID,
			client_id: APP_CLIENT_ID,
			bot_secret: BOT_SECRET,
			organization_id: ORGANIZATION_ID,
		});
		expect(issue.headers.authorization).toBe(
			`Basic ${Buffer.from(`${String(PAT_CREDENTIALS.accountId)}:${String(PAT_CREDENTIALS.accessToken)}`).toString('base64')}`,
		);
		expect(fake.simulator.state.botTokens.get(botToken)).toMatchObject({ botId: BOT_ID });

		// A wrong secret gets no token.
		await expect(
			credential.preAuthentication.call(helpers, { ...stored(), botSecret: 'wrong' }),
		).rejects.toThrow();
		expect(fake.simulator.state.botTokens.size).toBe(1);
	});

	it('is tested by getting a token and then its own bot, in the PAT’s region', () => {
		const { request } = credential.test;
		const values = stored();
		expect(evaluate(String(request.baseURL), values)).toBe(API_URL);
		expect(request.url).toBe('/v3.6/configuration/action/get_bot');
		expect(evaluate(String((request.body as Record<string, string>).id), values)).toBe(BOT_ID);
		const region = String((request.headers as Record<string, string>)['X-Region']);
		expect(evaluate(region, { ...values, accessToken: 'fra:pat' })).toBe('fra');
		expect(evaluate(region, { ...values, accessToken: 'no-prefix' })).toBe('dal');
	});

	it('explains each failure of the test: the field to check', () => {
		const rules = credential.test.rules ?? [];
		const message = (status: number) =>
			rules.find((rule) => rule.type === 'responseCode' && rule.properties.value === status)
				?.properties.message;
		expect(message(401)).toMatch(/Personal Access Token.*Bot Secret/);
		expect(message(403)).toContain('Client ID');
		expect(message(404)).toContain('Bot ID');
		expect(message(400)).toMatch(/Client ID.*Organization ID/);
	});

	it('issue_bot_token fails with the status each rule names', async () => {
		// Every rule above must match what LiveChat (here the simulator) answers to a wrong field.
		new FakeLiveChat();
		const helpers = { helpers: { httpRequest: outbound } } as unknown as IHttpRequestHelper;
		const statusOf = async (overrides: Record<string, string>) => {
			const error = (await credential.preAuthentication
				.call(helpers, { ...stored(), ...overrides })
				.catch((failure: unknown) => failure)) as { response?: { status?: number } };
			return error.response?.status;
		};
		expect(await statusOf({ botSecret: 'wrong' })).toBe(401);
		expect(await statusOf({ accessToken: 'wrong' })).toBe(401);
		expect(await statusOf({ botId: 'ffffffffffffffffffffffffffffffff' })).toBe(404);
		expect(await statusOf({ clientId: 'another-app' })).toBe(400);
		expect(await statusOf({ organizationId: 'another-org' })).toBe(400);
	});

	it('asks for the bot token in the region the PAT names', async () => {
		const fake = new FakeLiveChat();
		fake.simulator.state.region = 'fra';
		const helpers = { helpers: { httpRequest: outbound } } as unknown as IHttpRequestHelper;
		const { botToken } = await credential.preAuthentication.call(helpers, {
			...stored(),
			accessToken: String(PAT_CREDENTIALS.accessToken).replace(/^dal:/, 'fra:'),
		});
		expect(fake.callsOf('issue_bot_token')[0].headers['x-region']).toBe('fra');
		// LiveChat answers a JWT, which names no region.
		expect(String(botToken).split('.')).toHaveLength(3);
		expect(regionOfToken(botToken)).toBeUndefined();
	});

	/**
	 * n8n-core's own httpRequestWithAuthentication around a stored credential, with what n8n's
	 * CredentialsHelper.preAuthentication does (packages/cli credentials-helper): run the
	 * credential's preAuthentication when the expirable field is empty or the request got a 401,
	 * save the result, and hand it to the request.
	 */
	function n8nCore(database: ICredentialDataDecryptedObject) {
		const credentialsHelper = {
			getParentTypes: () => [],
			async preAuthentication(
				helpers: IHttpRequestHelper,
				decrypted: ICredentialDataDecryptedObject,
				_type: string,
				_node: INode,
				expired: boolean,
			) {
				if (decrypted.botToken !== '' && !expired) return undefined;
				const output = await credential.preAuthentication.call(helpers, decrypted);
				Object.assign(database, output);
				return Object.assign(decrypted, output);
			},
			async authenticate(
				decrypted: ICredentialDataDecryptedObject,
				_type: string,
				options: IHttpRequestOptions,
			) {
				const header = credential.authenticate.properties.headers!.Authorization as string;
				const value = header
					.replace(/^=/, '')
					.replace(/\{\{\$credentials\.(\w+)\}\}/g, (_, key: string) => String(decrypted[key]));
				return { ...options, headers: { ...options.headers, Authorization: value } };
			},
		};
		const context = {
			helpers: {
				httpRequest: outbound,
				httpRequestWithAuthentication: async (type: string, options: IHttpRequestOptions) =>
					await httpRequestWithAuthentication.call(
						context as never,
						type,
						options,
						{} as never,
						NODE,
						{ credentialsHelper } as never,
					),
			},
			getCredentials: async () => ({ ...database }),
			getNode: () => NODE,
			getNodeParameter: () => 'bot',
			logger: { warn: jest.fn() },
		};
		return context;
	}

	it('in n8n-core: gets a token first, reuses it, and gets a new one after a 401', async () => {
		const fake = new FakeLiveChat();
		const database = stored();
		const context = n8nCore(database);
		const getBot = async () =>
			(await context.helpers.httpRequestWithAuthentication('liveChatBotApi', {
				method: 'POST',
				url: `${API_URL}/v3.6/configuration/action/get_bot`,
				body: { id: BOT_ID },
				json: true,
			})) as { id: string };

		expect((await getBot()).id).toBe(BOT_ID);
		const first = database.botToken;
		expect(first).not.toBe('');
		expect((await getBot()).id).toBe(BOT_ID);
		expect(fake.callsOf('issue_bot_token')).toHaveLength(1);
		expect(database.botToken).toBe(first);

		for (const issued of fake.simulator.state.botTokens.values()) issued.expiresAt = Date.now();
		expect((await getBot()).id).toBe(BOT_ID);
		expect(fake.callsOf('issue_bot_token')).toHaveLength(2);
		expect(database.botToken).not.toBe(first);
		expect(fake.callsOf('get_bot').map((call) => call.headers.authorization)).toEqual([
			`Bearer ${first}`,
			`Bearer ${first}`,
			`Bearer ${first}`, // refused: expired
			`Bearer ${database.botToken}`,
		]);
	});

	it.each([
		[{ botSecret: 'wrong' }, 'Check the Bot Secret', 'Invalid bot secret'],
		[{ botId: 'ffffffffffffffffffffffffffffffff' }, 'Check the Bot ID', 'not found'],
		[{ organizationId: 'another' }, 'Organization ID is your organization', 'organization_id'],
	])(
		'in a node: a refused bot token (%j) is named as such, with the field to check',
		async (wrong, advice, said) => {
			const fake = new FakeLiveChat();
			const context = n8nCore({ ...stored(), ...wrong });
			const error = (await liveChatApiRequest(context as never, 'agent', 'get_chat', {
				chat_id: LIVE_CHAT_ID,
			}).catch((failure: unknown) => failure)) as NodeApiError;
			expect(error).toBeInstanceOf(NodeApiError);
			expect(error.message).toBe('LiveChat issued no token for the bot of this credential');
			expect(error.description).toContain(advice);
			expect(error.description).toContain(said);
			expect(fake.callsOf('get_chat')).toEqual([]);
			// Nothing of the credential is in what n8n would store.
			const serialized = JSON.stringify({ ...error, message: error.message });
			for (const secret of [BOT_SECRET, String(PAT_CREDENTIALS.accessToken).slice(4), 'wrong'])
				expect(serialized).not.toContain(secret);
		},
	);
});
