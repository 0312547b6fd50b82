import nock from 'nock';

import { liveChatReportRequest } from '../../../nodes/LiveChat/transport/reports';
import { API_URL, hookContext } from '../../helpers/contexts';
import { FakeLiveChat } from '../../helpers/fakeLiveChat';
import { failureOf } from '../../helpers/transport';

const NOVEMBER = {
	distribution: 'day',
	filters: { from: '2026-11-01T00:00:00Z', to: '2026-11-30T23:59:59Z' },
};

describe('reports', () => {
	it("POSTs the body as JSON to /v3.6/reports/<report> and answers LiveChat's report", async () => {
		const answer = { name: 'total_chats', total: 2, records: { '2026-11-01': { total: 2 } } };
		let sent: { body?: unknown; contentType?: unknown } = {};
		nock(API_URL)
			.post('/v3.6/reports/chats/total_chats')
			.reply(function (_uri, body) {
				sent = { body, contentType: this.req.headers['content-type'] };
				return [200, answer];
			});
		const { context } = hookContext();
		await expect(liveChatReportRequest(context, 'chats/total_chats', NOVEMBER)).resolves.toEqual(
			answer,
		);
		expect(sent.body).toEqual(NOVEMBER);
		expect(String(sent.contentType)).toContain('application/json');
	});

	it('names the call reports/<report> in its errors', async () => {
		const fake = new FakeLiveChat();
		fake.failNext('agents/performance', { status: 400, type: 'validation' });
		const { context } = hookContext();
		const error = await failureOf(liveChatReportRequest(context, 'agents/performance', NOVEMBER));
		expect(fake.callsOf('agents/performance')).toHaveLength(1);
		expect(error.message).toBe(
			'LiveChat rejected the request to reports/agents/performance as invalid',
		);
		expect(error.errorResponse).toMatchObject({ method: 'reports/agents/performance' });
	});
});
