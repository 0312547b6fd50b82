import nock from 'nock';

import { addVisitorDetails, visitorDetailsForm } from '../../../nodes/LiveChat/transport/legacy';
import { API_URL, executeContext } from '../../helpers/contexts';
import { failureOf } from '../../helpers/transport';

const DETAILS = {
	visitorId: 'S1/abc',
	licenseId: '1520',
	token: 'legacy-token',
	id: 'my-crm',
	fields: [
		{ name: 'Plan', value: 'Enterprise', url: 'https://crm.example.com/c/42' },
		{ name: 'Orders', value: '12' },
	],
	icon: 'example.com/ico-64.png',
};

function legacyContext() {
	return executeContext({
		credentials: { liveChatLegacyWebhookApi: { apiUrl: `${API_URL}/` } },
	}).context;
}

describe('legacy visitor details', () => {
	it('writes the form fields the v2 API takes, numbering the fields', () => {
		expect(Object.fromEntries(new URLSearchParams(visitorDetailsForm(DETAILS)))).toEqual({
			license_id: '1520',
			token: 'legacy-token',
			id: 'my-crm',
			icon: 'example.com/ico-64.png',
			'fields[0][name]': 'Plan',
			'fields[0][value]': 'Enterprise',
			'fields[0][url]': 'https://crm.example.com/c/42',
			'fields[1][name]': 'Orders',
			'fields[1][value]': '12',
		});
		const { icon: _icon, ...withoutIcon } = DETAILS;
		expect(visitorDetailsForm(withoutIcon)).not.toContain('icon=');
	});

	it("POSTs the form to /visitors/<id>/details with X-API-Version 2, at the credential's API URL", async () => {
		let sent = { body: '', headers: {} as Record<string, unknown> };
		nock(API_URL)
			.post('/visitors/S1%2Fabc/details')
			.reply(function (_uri, body) {
				sent = { body: String(body), headers: this.req.headers };
				return [200, { success: true }];
			});
		await expect(addVisitorDetails.call(legacyContext(), DETAILS, 0)).resolves.toEqual({
			success: true,
		});
		expect(sent.body).toBe(visitorDetailsForm(DETAILS));
		expect(sent.headers['x-api-version']).toBe('2');
		expect(sent.headers['content-type']).toBe('application/x-www-form-urlencoded');
	});

	it('sends again after a temporary failure, which changes nothing', async () => {
		const path = '/visitors/S1%2Fabc/details';
		nock(API_URL).post(path).reply(503, 'busy').post(path).reply(200, { success: true });
		await expect(addVisitorDetails.call(legacyContext(), DETAILS, 0)).resolves.toEqual({
			success: true,
		});
		expect(nock.isDone()).toBe(true);
	});

	it.each([
		[
			401,
			'LiveChat did not accept the token of the legacy webhook',
			/^Visitor → Add Details needs/,
		],
		[404, 'LiveChat has no visitor S1/abc', /^Use the visitor ID of the legacy webhook/],
		[422, 'LiveChat rejected the visitor details as invalid', /^Check the node parameters\./],
	])('says what HTTP %s means for visitor details', async (status, message, description) => {
		nock(API_URL).post('/visitors/S1%2Fabc/details').reply(status, { error: 'Refused' });
		const error = await failureOf(addVisitorDetails.call(legacyContext(), DETAILS, 0));
		expect(error.message).toBe(message);
		expect(error.description).toMatch(description);
		expect(error.description).toContain('LiveChat said: "Refused".');
		expect(error.httpCode).toBe(String(status));
		expect(error.errorResponse).toEqual({ method: 'visitors/details', message: 'Refused' });
	});
});
