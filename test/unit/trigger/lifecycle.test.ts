import { NodeOperationError } from 'n8n-workflow';

import {
	CLIENT_ID,
	hookContext,
	OAUTH2_CREDENTIALS,
	PAT_CREDENTIALS,
	WEBHOOK_URL,
} from '../../helpers/contexts';
import { FakeLiveChat } from '../../helpers/fakeLiveChat';
import {
	activateThreeActions,
	checkExists,
	create,
	failedActivation,
	ours,
	remove,
	THREE_ACTIONS,
} from '../../helpers/registrations';

describe('create', () => {
	it('registers one license webhook per action with one fresh secret and stores only ids and the secret', async () => {
		const fake = new FakeLiveChat();
		const { context, staticData } = hookContext({ parameters: { events: THREE_ACTIONS } });

		await expect(create.call(context)).resolves.toBe(true);

		const registered = ours(fake);
		expect(registered.map((w) => w.action).sort()).toEqual([...THREE_ACTIONS].sort());
		const secrets = new Set(registered.map((w) => w.secret_key));
		expect(secrets.size).toBe(1);
		const [secret] = [...secrets];
		expect(secret).toMatch(/^[0-9a-f]{64}$/);
		for (const webhook of registered) {
			expect(webhook).toMatchObject({
				type: 'license',
				owner_client_id: CLIENT_ID,
				description: 'n8n workflow "Support inbox" (wf-42)',
			});
		}
		expect(Object.keys(staticData).sort()).toEqual(['registrations', 'secret']);
		expect(staticData.secret).toBe(secret);
		expect(staticData.registrations).toEqual(
			Object.fromEntries(registered.map((w) => [w.action, w.id])),
		);
	});

	it("registers bot webhooks, which follow the app's bots and leave the license switch alone", async () => {
		const fake = new FakeLiveChat();
		fake.simulator.state.licenseWebhooksEnabled.set(CLIENT_ID, false);
		const { context } = hookContext({
			parameters: { events: ['incoming_event'], webhookType: 'bot' },
		});
		await expect(create.call(context)).resolves.toBe(true);
		expect(ours(fake).map((webhook) => webhook.type)).toEqual(['bot']);
		expect(fake.callsOf('get_license_webhooks_state')).toEqual([]);
		expect(fake.callsOf('enable_license_webhooks')).toEqual([]);
	});

	it('uses a different secret on every activation', async () => {
		const fake = new FakeLiveChat();
		const first = hookContext({ parameters: { events: ['incoming_chat'] } });
		await create.call(first.context);
		const second = hookContext({ parameters: { events: ['incoming_chat'] } });
		await create.call(second.context);
		expect(first.staticData.secret).not.toBe(second.staticData.secret);
		expect(ours(fake)).toHaveLength(1);
	});

	it("removes this URL's orphaned registrations first and leaves other workflows' alone", async () => {
		const fake = new FakeLiveChat();
		fake.seed({ url: WEBHOOK_URL, action: 'incoming_chat', secret_key: 'lost' });
		fake.seed({ url: WEBHOOK_URL, action: 'thread_tagged', secret_key: 'lost' });
		const other = fake.seed({
			url: 'https://n8n.example.com/webhook/other/webhook',
			action: 'incoming_chat',
			secret_key: 'theirs',
		});
		const { context } = hookContext({ parameters: { events: ['incoming_chat'] } });

		await create.call(context);

		expect(fake.webhooks).toContainEqual(other);
		expect(ours(fake).map((w) => w.action)).toEqual(['incoming_chat']);
		expect(ours(fake)[0].secret_key).not.toBe('lost');
		const methods = fake.calls.map((c) => c.method);
		expect(methods.indexOf('unregister_webhook')).toBeLessThan(methods.indexOf('register_webhook'));
	});

	it('enables license webhooks only when they are disabled, and never disables them', async () => {
		const fake = new FakeLiveChat();
		fake.licenseWebhooksEnabled = false;
		const { context } = hookContext({ parameters: { events: ['incoming_chat'] } });
		await create.call(context);
		expect(fake.licenseWebhooksEnabled).toBe(true);
		expect(fake.callsOf('enable_license_webhooks')).toHaveLength(1);
		expect(fake.callsOf('enable_license_webhooks')[0].body).toEqual({ owner_client_id: CLIENT_ID });

		const again = hookContext({ parameters: { events: ['thread_tagged'] } });
		await create.call(again.context);
		expect(fake.callsOf('get_license_webhooks_state')).toHaveLength(2);
		expect(fake.callsOf('enable_license_webhooks')).toHaveLength(1);
		expect(fake.callsOf('disable_license_webhooks')).toHaveLength(0);
	});

	it('rolls back the registrations already made when a later one fails', async () => {
		const fake = new FakeLiveChat();
		fake.failCall('register_webhook', 2, {
			status: 400,
			type: 'validation',
			message: 'bad filter',
		});

		const error = await failedActivation(fake, THREE_ACTIONS);

		expect(error.message).toContain('register_webhook');
		expect(error.description).toContain('bad filter');
		expect(fake.callsOf('register_webhook')).toHaveLength(2);
		expect(fake.callsOf('unregister_webhook')).toHaveLength(1);
	});

	it('rolls back when enabling license webhooks fails', async () => {
		const fake = new FakeLiveChat();
		fake.licenseWebhooksEnabled = false;
		fake.failNext('enable_license_webhooks', {
			status: 403,
			type: 'authorization',
			message: 'Scope webhooks.state:rw required',
		});

		const error = await failedActivation(fake, THREE_ACTIONS);

		expect(error.description).toContain('webhooks.state:rw');
		expect(error.description).toContain('administrator');
		expect(fake.callsOf('register_webhook')).toHaveLength(3);
	});

	it('explains the 3-webhooks-per-event quota and leaves nothing of its own registered', async () => {
		const fake = new FakeLiveChat();
		for (const n of [1, 2, 3]) {
			fake.seed({
				url: `https://n8n.example.com/webhook/w${n}/webhook`,
				action: 'incoming_event',
				secret_key: 's',
			});
		}

		const error = await failedActivation(
			fake,
			['incoming_chat', 'incoming_event'],
			NodeOperationError,
		);

		expect(error.message).toContain('LiveChat allows 3 webhooks per event for one app');
		expect(error.message).toContain('incoming_event already has 3');
		expect(error.message).toContain('the test URL counts as one');
		expect(error.description).toContain('LiveChat allows 3 webhooks per event for one app');
		expect(fake.callsOf('register_webhook')).toHaveLength(0);
		expect(fake.callsOf('unregister_webhook')).toHaveLength(0);
		expect(fake.webhooks).toHaveLength(3);
	});

	it("counts its own URL's leftovers as free: removes them and registers", async () => {
		const fake = new FakeLiveChat();
		const url = 'https://n8n.example.com/webhook/abc/webhook';
		fake.seed({
			url: 'https://n8n.example.com/webhook/w1/webhook',
			action: 'incoming_event',
			secret_key: 's',
		});
		fake.seed({ url, action: 'incoming_event', secret_key: 'old' });
		fake.seed({ url, action: 'incoming_event', secret_key: 'old' });
		const { context } = hookContext({
			parameters: { events: ['incoming_event'] },
			webhookUrl: url,
		});

		await create.call(context);

		expect(fake.callsOf('unregister_webhook')).toHaveLength(2);
		expect(fake.callsOf('register_webhook')).toHaveLength(1);
		expect(fake.webhooks.filter((w) => w.url === url)).toHaveLength(1);
	});

	it('still explains a quota LiveChat reports while registering (a race with another app)', async () => {
		const fake = new FakeLiveChat();
		fake.failNext('register_webhook', {
			status: 422,
			type: 'limit_reached',
			message: 'Webhooks limit reached',
		});

		const error = await failedActivation(fake, ['incoming_chat']);

		expect(error.message).toContain('LiveChat allows 3 webhooks per event for one app');
		expect(error.description).toContain('LiveChat said: "Webhooks limit reached"');
	});

	it('rejects a public http:// URL before calling LiveChat, saying how to set WEBHOOK_URL', async () => {
		const fake = new FakeLiveChat();
		const { context } = hookContext({
			parameters: { events: ['incoming_chat'] },
			webhookUrl: 'http://n8n.example.com/webhook/abc/webhook',
		});
		const error = (await create.call(context).catch((e: Error) => e)) as NodeOperationError;
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toContain('https://');
		expect(error.description).toContain('WEBHOOK_URL');
		expect(fake.calls).toHaveLength(0);
	});

	it("refuses n8n's default localhost URL when the credential talks to LiveChat itself", async () => {
		const fake = new FakeLiveChat();
		const url = 'http://localhost:5678/webhook/abc/webhook';
		const { context } = hookContext({ parameters: { events: ['incoming_chat'] }, webhookUrl: url });
		const error = (await create.call(context).catch((e: Error) => e)) as NodeOperationError;
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toContain('WEBHOOK_URL');
		expect(fake.calls).toHaveLength(0);
	});

	it('accepts http:// on loopback for a LiveChat stand-in on loopback', async () => {
		const standIn = 'http://127.0.0.1:9999';
		const fake = new FakeLiveChat(standIn);
		const url = 'http://localhost:5678/webhook/abc/webhook';
		const { context } = hookContext({
			parameters: { events: ['incoming_chat'] },
			webhookUrl: url,
			credentials: { liveChatOAuth2Api: { ...OAUTH2_CREDENTIALS, apiUrl: standIn } },
		});
		await create.call(context);
		expect(fake.webhooks.map((w) => w.url)).toEqual([url]);
	});

	it('works with a Personal Access Token: Basic auth and the credential Client ID as owner', async () => {
		const fake = new FakeLiveChat();
		const { context } = hookContext({
			parameters: { authentication: 'accessToken', events: ['incoming_chat'] },
			credentials: { liveChatApi: PAT_CREDENTIALS },
		});
		await create.call(context);
		const call = fake.callsOf('register_webhook')[0];
		const basic = Buffer.from(
			`${PAT_CREDENTIALS.accountId}:${PAT_CREDENTIALS.accessToken}`,
		).toString('base64');
		expect(call.headers.authorization).toBe(`Basic ${basic}`);
		expect(call.body.owner_client_id).toBe(CLIENT_ID);
	});
});

describe('checkExists', () => {
	async function activated(events = THREE_ACTIONS) {
		const fake = new FakeLiveChat();
		const first = hookContext({ parameters: { events } });
		await create.call(first.context);
		fake.calls = [];
		const again = hookContext({ parameters: { events }, staticData: first.staticData });
		return { fake, context: again.context, staticData: first.staticData };
	}

	it('is true when every chosen action has a live registration with our URL and stored id', async () => {
		const { fake, context } = await activated();
		await expect(checkExists.call(context)).resolves.toBe(true);
		expect(fake.calls.map((c) => c.method)).toEqual(['list_webhooks']);
	});

	it('is false when one registration was removed in LiveChat', async () => {
		const { fake, context } = await activated();
		fake.webhooks = fake.webhooks.filter((w) => w.action !== 'incoming_event');
		await expect(checkExists.call(context)).resolves.toBe(false);
	});

	it('is false when the stored ids are stale (LiveChat has other ids at our URL)', async () => {
		const { fake, context } = await activated();
		for (const webhook of fake.webhooks) webhook.id = `${webhook.id}-new`;
		await expect(checkExists.call(context)).resolves.toBe(false);
	});

	it('is false when the chosen events changed since activation', async () => {
		const { staticData } = await activated();
		const { context } = hookContext({
			parameters: { events: [...THREE_ACTIONS, 'thread_tagged'] },
			staticData,
		});
		await expect(checkExists.call(context)).resolves.toBe(false);
	});

	it('is false without stored ids, without asking LiveChat', async () => {
		const fake = new FakeLiveChat();
		const { context } = hookContext({ parameters: { events: THREE_ACTIONS } });
		await expect(checkExists.call(context)).resolves.toBe(false);
		expect(fake.calls).toHaveLength(0);
	});

	it('never removes anything', async () => {
		const { fake, context } = await activated();
		fake.webhooks[0].id = 'changed';
		await checkExists.call(context);
		expect(fake.callsOf('unregister_webhook')).toHaveLength(0);
	});

	it('after a false answer, create replaces our registrations instead of adding to them', async () => {
		const { fake, staticData } = await activated();
		delete staticData.registrations; // e.g. static data lost
		const { context } = hookContext({ parameters: { events: THREE_ACTIONS }, staticData });
		expect(await checkExists.call(context)).toBe(false);
		await create.call(context);
		expect(ours(fake)).toHaveLength(3);
	});
});

describe('delete', () => {
	it('unregisters exactly its own registrations and clears static data', async () => {
		const { fake, context, staticData } = await activateThreeActions();
		const other = fake.seed({
			url: 'https://elsewhere.example.com/hook',
			action: 'incoming_chat',
			secret_key: 'x',
		});
		await expect(remove.call(context)).resolves.toBe(true);
		expect(fake.webhooks).toEqual([other]);
		expect(staticData).toEqual({});
		expect(fake.callsOf('disable_license_webhooks')).toHaveLength(0);
	});

	it('counts a registration LiveChat no longer knows as removed', async () => {
		const { fake, context, staticData } = await activateThreeActions();
		fake.webhooks.splice(0, 1);
		await expect(remove.call(context)).resolves.toBe(true);
		expect(ours(fake)).toHaveLength(0);
		expect(staticData).toEqual({});
	});

	it('does nothing remote when nothing is stored', async () => {
		const fake = new FakeLiveChat();
		const { context } = hookContext({ parameters: { events: THREE_ACTIONS } });
		await expect(remove.call(context)).resolves.toBe(true);
		expect(fake.calls).toHaveLength(0);
	});

	it('never logs the secret', async () => {
		const { fake, context, staticData, logged } = await activateThreeActions();
		const secret = staticData.secret as string;
		fake.failNext('unregister_webhook', { status: 500, type: 'internal' }, 100);
		await remove.call(context);
		expect(logged.length).toBeGreaterThan(0);
		for (const line of logged) expect(line.message).not.toContain(secret);
	});
});
