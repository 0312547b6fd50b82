import nock from 'nock';

import { API_URL } from '../../../helpers/contexts';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { LEGACY_LOGIN } from '../../../helpers/legacyDeliveries';
import { failingRun, runNode } from '../../../helpers/runNode';
import { buildLegacyWebhook, LICENSE_ID } from '../../../simulator/legacy';

const LEGACY_CREDENTIAL = { liveChatLegacyWebhookApi: { ...LEGACY_LOGIN, apiUrl: API_URL } };

/** A chat_started delivery from the simulator: a token it will accept, and its visitor. */
function delivery(fake: FakeLiveChat) {
	return buildLegacyWebhook(
		fake.simulator.state,
		{ id: 't', event_type: 'chat_started', data_types: ['visitor'], url: 'https://x' },
		{ event_type: 'chat_started', chat_id: 'PJ0MRSHTDG' },
	) as { token: string; license_id: string; visitor: { id: string } };
}

const addDetails = (parameters: Record<string, unknown> = {}) => ({
	resource: 'visitor',
	operation: 'addDetails',
	integrationId: 'my-crm',
	fields: {
		field: [
			{ name: 'Plan', value: 'Enterprise', url: 'https://crm.example.com/c/42' },
			{ name: 'Orders', value: '12' },
		],
	},
	icon: 'https://example.com/ico-64.png',
	...parameters,
});

describe('Visitor (Legacy) → Add Details', () => {
	it('posts the form with X-API-Version 2 and the webhook’s token, and keeps the token out of the item', async () => {
		const fake = new FakeLiveChat();
		const webhook = delivery(fake);
		const [item] = await runNode(
			addDetails({
				visitorId: webhook.visitor.id,
				licenseId: webhook.license_id,
				token: webhook.token,
			}),
			{ credentials: LEGACY_CREDENTIAL },
		);
		const [call] = fake.callsOf('add_visitor_details');
		expect(call.headers['x-api-version']).toBe('2');
		expect(call.headers['content-type']).toBe('application/x-www-form-urlencoded');
		expect(call.headers.authorization).toBeUndefined();
		expect(Object.fromEntries(new URLSearchParams(String(call.body.raw)))).toEqual({
			license_id: LICENSE_ID,
			token: webhook.token,
			id: 'my-crm',
			icon: 'example.com/ico-64.png',
			'fields[0][name]': 'Plan',
			'fields[0][value]': 'Enterprise',
			'fields[0][url]': 'https://crm.example.com/c/42',
			'fields[1][name]': 'Orders',
			'fields[1][value]': '12',
		});
		expect(item.json).toEqual({
			visitor_id: webhook.visitor.id,
			id: 'my-crm',
			fields: [
				{ name: 'Plan', value: 'Enterprise', url: 'https://crm.example.com/c/42' },
				{ name: 'Orders', value: '12' },
			],
			result: 'Visitor details added',
		});
		expect(JSON.stringify(item.json)).not.toContain(webhook.token);
		expect(fake.simulator.state.visitorDetails.get(webhook.visitor.id)).toEqual({
			'my-crm': {
				icon: 'example.com/ico-64.png',
				fields: [
					{ name: 'Plan', value: 'Enterprise', url: 'https://crm.example.com/c/42' },
					{ name: 'Orders', value: '12' },
				],
			},
		});
	});

	it('reads visitor, license and token from the legacy trigger’s item by default', async () => {
		const fake = new FakeLiveChat();
		const webhook = delivery(fake);
		// What n8n resolves the default expressions to: $json.visitor.id, $json.license_id, $json.token.
		const [item] = await runNode(
			addDetails({ visitorId: webhook.visitor.id, licenseId: 1025707, token: webhook.token }),
			{ credentials: LEGACY_CREDENTIAL },
		);
		expect(item.json.result).toBe('Visitor details added');
	});

	it('says the token was not accepted, and where it comes from', async () => {
		const fake = new FakeLiveChat();
		const webhook = delivery(fake);
		const error = await failingRun(
			addDetails({ visitorId: webhook.visitor.id, licenseId: LICENSE_ID, token: 'expired' }),
			{ credentials: LEGACY_CREDENTIAL },
		);
		expect(error.message).toBe('LiveChat did not accept the token of the legacy webhook');
		expect(error.description).toContain('$json.token');
		expect(error.description).toContain('Invalid or expired token');
		expect(error.description).not.toContain(webhook.token);
	});

	it('names a visitor LiveChat does not know', async () => {
		const fake = new FakeLiveChat();
		const webhook = delivery(fake);
		const error = await failingRun(
			addDetails({ visitorId: 'S1.nobody', licenseId: LICENSE_ID, token: webhook.token }),
			{ credentials: LEGACY_CREDENTIAL },
		);
		expect(error.message).toBe('LiveChat has no visitor S1.nobody');
	});

	it('retries LiveChat’s temporary errors', async () => {
		// Registered before the fake, so that it answers first.
		nock(API_URL)
			.post(/^\/visitors\//)
			.reply(503, { error: 'Service unavailable' });
		const fake = new FakeLiveChat();
		const webhook = delivery(fake);
		const [item] = await runNode(
			addDetails({ visitorId: webhook.visitor.id, licenseId: LICENSE_ID, token: webhook.token }),
			{ credentials: LEGACY_CREDENTIAL },
		);
		expect(item.json.result).toBe('Visitor details added');
		expect(nock.isDone()).toBe(true);
	});

	it('asks for a field before calling LiveChat', async () => {
		const fake = new FakeLiveChat();
		const webhook = delivery(fake);
		const error = await failingRun(
			addDetails({
				visitorId: webhook.visitor.id,
				licenseId: LICENSE_ID,
				token: webhook.token,
				fields: { field: [{ name: ' ', value: 'x' }] },
			}),
			{ credentials: LEGACY_CREDENTIAL },
		);
		expect(error.message).toBe('No field to add');
		expect(fake.calls).toHaveLength(0);
	});
});
