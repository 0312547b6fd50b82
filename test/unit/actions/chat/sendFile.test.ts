import { createHash } from 'crypto';

import { NodeApiError } from 'n8n-workflow';

import { asAdmin, onLiveChat, simulatedChat } from '../../../helpers/chats';

import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';
import { LIVE_CHAT_ID } from '../../../simulator/state';

describe('Chat → Send File', () => {
	const binaries = [
		{
			data: {
				data: Buffer.from('order #1234: 2 items').toString('base64'),
				mimeType: 'text/plain',
				fileName: 'order.txt',
			},
		},
	];

	it('uploads the input file as multipart, then sends it as a file event', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(onLiveChat('sendFile', { binaryPropertyName: 'data' }), {
			...asAdmin,
			binaries,
		});
		const [upload] = fake.callsOf('upload_file');
		expect(String(upload.headers['content-type'])).toMatch(/^multipart\/form-data; boundary=/);
		const event = simulatedChat(fake).thread.events.at(-1)!;
		expect(event).toMatchObject({
			type: 'file',
			name: 'order.txt',
			content_type: 'text/plain',
			size: 20,
		});
		expect(item.json).toMatchObject({ url: event.url, name: 'order.txt', size: 20 });
		// The URL was used, so it no longer expires.
		expect(fake.simulator.state.uploads.get(String(event.url))?.expiresAt).toBeUndefined();
	});

	it('sends the file once more after a 401, since n8n renews the token but resends no multipart', async () => {
		const fake = new FakeLiveChat();
		const expired = { method: 'upload_file', type: 'authentication', status: 401 };
		fake.simulator.faults.methodFaults.push({ ...expired, times: 1 });
		await runNode(onLiveChat('sendFile', { binaryPropertyName: 'data' }), { ...asAdmin, binaries });
		expect(fake.callsOf('upload_file')).toHaveLength(2);
		// A token that is refused again is the credential's problem: no third try.
		fake.simulator.faults.methodFaults.push({ ...expired, times: 2 });
		const error = await failingRun(onLiveChat('sendFile', { binaryPropertyName: 'data' }), {
			...asAdmin,
			binaries,
		});
		expect(error.message).toBe('LiveChat did not accept the credential (upload_file)');
		expect(fake.callsOf('upload_file')).toHaveLength(4);
	});

	it('sends an image for agents only with its alternative text', async () => {
		const fake = new FakeLiveChat();
		const png = Buffer.from('89504e470d0a1a0a', 'hex');
		await runNode(
			onLiveChat('sendFile', {
				binaryPropertyName: 'picture',
				visibility: 'agents',
				alternativeText: 'The parcel, damaged',
			}),
			{
				...asAdmin,
				binaries: [
					{
						picture: {
							data: png.toString('base64'),
							mimeType: 'image/png',
							fileName: 'parcel.png',
						},
					},
				],
			},
		);
		expect(fake.callsOf('send_event')[0].body).toEqual({
			chat_id: LIVE_CHAT_ID,
			event: {
				type: 'file',
				url: expect.stringMatching(
					/^https:\/\/cdn\.livechat-files\.com\/api\/file\/lc\/att\/.+\/parcel\.png$/,
				),
				visibility: 'agents',
				alternative_text: 'The parcel, damaged',
			},
		});
		// The bytes (not valid UTF-8) reached LiveChat unchanged.
		const [upload] = [...fake.simulator.state.uploads.values()];
		expect(upload).toMatchObject({ name: 'parcel.png', content_type: 'image/png', size: 8 });
		expect(upload.sha256).toBe(createHash('sha256').update(png).digest('hex'));
	});

	it('says which binary field is missing, and passes on LiveChat’s refusal of an executable', async () => {
		const fake = new FakeLiveChat();
		const missing = await failingRun(onLiveChat('sendFile', { binaryPropertyName: 'invoice' }), {
			...asAdmin,
			binaries,
		});
		expect(missing.message).toContain('invoice');
		expect(fake.calls).toEqual([]);
		const executable = await failingRun(onLiveChat('sendFile', { binaryPropertyName: 'data' }), {
			...asAdmin,
			binaries: [{ data: { ...binaries[0].data, fileName: 'setup.exe' } }],
		});
		expect(executable).toBeInstanceOf(NodeApiError);
		expect(executable.description).toContain('Executable files are not allowed');
		expect(fake.callsOf('send_event')).toEqual([]);
	});

	it('refuses a file over 10 MB before uploading it', async () => {
		const fake = new FakeLiveChat();
		const big = Buffer.alloc(10 * 1024 * 1024 + 1).toString('base64');
		const error = await failingRun(onLiveChat('sendFile', { binaryPropertyName: 'data' }), {
			...asAdmin,
			binaries: [{ data: { data: big, mimeType: 'application/pdf', fileName: 'big.pdf' } }],
		});
		expect(error.message).toBe('The file is larger than 10 MB');
		expect(fake.calls).toEqual([]);
	});
});
