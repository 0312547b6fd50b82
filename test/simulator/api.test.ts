/**
 * The simulator's Configuration API methods over HTTP: webhook registrations as LiveChat keeps
 * them (3 per action per client, secrets never listed, `owner_client_id` required with a personal
 * access token).
 */

import { simulatorOverHttp, webhookRegistration } from '../helpers/simulatorCalls';
import { APP_CLIENT_ID } from './state';

const server = simulatorOverHttp();
const { call } = server;

describe('webhook registrations', () => {
	it('allows 3 per action per client, never lists secrets, and answers unknown ids with not_found', async () => {
		for (const n of [1, 2, 3]) {
			expect(
				(await call('configuration', 'register_webhook', webhookRegistration('incoming_chat', n)))
					.status,
			).toBe(200);
		}
		const fourth = await call(
			'configuration',
			'register_webhook',
			webhookRegistration('incoming_chat', 4),
		);
		expect(fourth.body.error?.type).toBe('limit_reached');
		expect(
			(await call('configuration', 'register_webhook', webhookRegistration('incoming_event')))
				.status,
		).toBe(200);

		const listed = await call('configuration', 'list_webhooks', { owner_client_id: APP_CLIENT_ID });
		expect(listed.body).toHaveLength(4);
		expect(JSON.stringify(listed.body)).not.toContain('secret-value');

		const missing = await call('configuration', 'unregister_webhook', {
			id: 'nope',
			owner_client_id: APP_CLIENT_ID,
		});
		expect(missing).toMatchObject({ status: 404, body: { error: { type: 'not_found' } } });
	});

	it('requires owner_client_id with a personal access token', async () => {
		const { owner_client_id: _owner, ...withoutOwner } = webhookRegistration('incoming_chat');
		const answer = await call('configuration', 'register_webhook', withoutOwner);
		expect(answer.body.error).toMatchObject({
			type: 'validation',
			message: '`owner_client_id` is required',
		});
	});
});
