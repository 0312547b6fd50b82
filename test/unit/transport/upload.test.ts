import nock from 'nock';

import { liveChatUpload } from '../../../nodes/LiveChat/transport/upload';
import { API_URL, hookContext } from '../../helpers/contexts';
import { FakeLiveChat } from '../../helpers/fakeLiveChat';
import { failureOf } from '../../helpers/transport';

const FILE = { name: 'report "Q3"\r\n.txt', contentType: 'text/plain', data: Buffer.from('hello') };

describe('upload', () => {
	it('sends one multipart `file` part, its name made safe, and answers the URL', async () => {
		let sent = { body: '', contentType: '' };
		nock(API_URL)
			.post('/v3.6/agent/action/upload_file')
			.reply(function (_uri, body) {
				sent = { body: String(body), contentType: String(this.req.headers['content-type']) };
				return [200, { url: 'https://cdn.livechat-files.com/api/file/report.txt' }];
			});
		const { context } = hookContext();
		await expect(liveChatUpload(context, FILE)).resolves.toBe(
			'https://cdn.livechat-files.com/api/file/report.txt',
		);
		const boundary = /^multipart\/form-data; boundary=(.+)$/.exec(sent.contentType)?.[1];
		expect(boundary).toBeDefined();
		expect(sent.body).toBe(
			`--${boundary}\r\n` +
				'Content-Disposition: form-data; name="file"; filename="report _Q3___.txt"\r\n' +
				'Content-Type: text/plain\r\n\r\n' +
				'hello' +
				`\r\n--${boundary}--\r\n`,
		);
	});

	it('does not send a file again after its answer was lost', async () => {
		const fake = new FakeLiveChat();
		fake.loseAnswersOf('upload_file', 'ETIMEDOUT');
		const { context } = hookContext();
		const file = { name: 'a.txt', contentType: 'text/plain', data: Buffer.from('hello') };
		const error = await failureOf(liveChatUpload(context, file));
		expect(fake.callsOf('upload_file')).toHaveLength(1);
		expect(error.message).toBe('LiveChat could not confirm upload_file (file "a.txt")');
	});
});
