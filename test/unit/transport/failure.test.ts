import { readFailure } from '../../../nodes/LiveChat/transport/failure';

describe('readFailure', () => {
	it("reads a lost answer's network code from n8n 1.x's error too, which keeps no cause", () => {
		// n8n 1.x's NodeApiError drops the HTTP client's error and finds its code as httpCode.
		const n8n1 = Object.assign(new Error('socket hang up'), { httpCode: 'ECONNRESET' });
		expect(readFailure('send_event', n8n1)).toMatchObject({ networkCode: 'ECONNRESET' });
		const answered = Object.assign(new Error('Bad gateway'), { httpCode: '502' });
		expect(readFailure('send_event', answered)).toMatchObject({ httpStatus: 502 });
		expect(readFailure('send_event', answered).networkCode).toBeUndefined();
	});

	it("reads LiveChat's v3.6 error envelope from the HTTP client's error", () => {
		const error = {
			cause: {
				code: 'ERR_BAD_REQUEST',
				response: {
					status: 421,
					data: {
						error: {
							type: 'misdirected_request',
							message: 'Wrong region',
							data: { region: 'fra' },
						},
					},
				},
			},
		};
		expect(readFailure('list_webhooks', error)).toEqual({
			method: 'list_webhooks',
			type: 'misdirected_request',
			message: 'Wrong region',
			data: { region: 'fra' },
			httpStatus: 421,
			networkCode: undefined,
		});
	});

	it("reads the legacy v2 API's messages, a string or a list", () => {
		const single = { response: { statusCode: 401, body: { error: 'Invalid token' } } };
		expect(readFailure('visitors/details', single)).toMatchObject({
			message: 'Invalid token',
			httpStatus: 401,
			type: undefined,
		});
		// n8n keeps the answer on the NodeApiError's context when the HTTP client's error is gone.
		const listed = {
			httpCode: '422',
			context: { data: { errors: ['id is required', 'bad icon'] } },
		};
		expect(readFailure('visitors/details', listed)).toMatchObject({
			message: 'id is required; bad icon',
			httpStatus: 422,
		});
	});
});
