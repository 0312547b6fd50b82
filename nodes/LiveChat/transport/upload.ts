import { liveChatApiError } from './errors';
import type { LiveChatFunctions } from './index';
import { API_VERSION, getLiveChatAccount, REQUEST_TIMEOUT_MS, sendWithRetries } from './index';

/** LiveChat refuses bigger uploads (entity_too_large). */
export const UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024;

export interface UploadedFile {
	name: string;
	contentType: string;
	data: Buffer;
}

/** A multipart/form-data body with the one `file` part upload_file takes (no dependency). */
function multipart(file: UploadedFile) {
	const boundary = `----n8nLiveChat${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
	const name = file.name.replace(/["\r\n]/g, '_');
	const head =
		`--${boundary}\r\n` +
		`Content-Disposition: form-data; name="file"; filename="${name}"\r\n` +
		`Content-Type: ${file.contentType}\r\n\r\n`;
	const body = Buffer.concat([
		Buffer.from(head),
		file.data,
		Buffer.from(`\r\n--${boundary}--\r\n`),
	]);
	return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

/**
 * `upload_file`, the one Agent Chat API method that takes multipart/form-data; answers the CDN URL
 * a `file` event must use (it expires after 24 h unless sent).
 */
export async function liveChatUpload(
	context: LiveChatFunctions,
	file: UploadedFile,
	itemIndex?: number,
): Promise<string> {
	const account = await getLiveChatAccount.call(context);
	const { body, contentType } = multipart(file);
	let renewed = 0;
	const answer = await sendWithRetries(
		'upload_file',
		async () =>
			(await context.helpers.httpRequestWithAuthentication.call(context, account.credentialType, {
				method: 'POST',
				url: `${account.apiUrl}/v${API_VERSION}/agent/action/upload_file`,
				body,
				headers: {
					'Content-Type': contentType,
					...(account.region ? { 'X-Region': account.region } : {}),
				},
				json: false,
				timeout: REQUEST_TIMEOUT_MS,
			})) as unknown,
		(failure) =>
			liveChatApiError(
				context.getNode(),
				{ ...failure, subject: `file "${file.name}"` },
				itemIndex,
			),
		// After a 401 n8n renews an expiring token (the bot's) but does not send a multipart body
		// again itself: send it once more, with the new token.
		(failure) => failure.type === 'authentication' && renewed++ === 0,
	);
	const parsed = (typeof answer === 'string' ? JSON.parse(answer) : answer) as { url?: string };
	return String(parsed.url ?? '');
}
