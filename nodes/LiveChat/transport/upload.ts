import type { LiveChatFunctions } from './account';
import { liveChatRequest } from './index';

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
 * a `file` event must use (it expires after 24 h unless sent). A new file each time: it is not
 * sent again after a timeout.
 */
export async function liveChatUpload(
	context: LiveChatFunctions,
	file: UploadedFile,
	itemIndex?: number,
): Promise<string> {
	const { body, contentType } = multipart(file);
	const answer = await liveChatRequest<unknown>(
		context,
		{
			method: 'upload_file',
			path: 'agent/action/upload_file',
			body,
			contentType,
			subject: `file "${file.name}"`,
		},
		itemIndex,
	);
	const parsed = (typeof answer === 'string' ? JSON.parse(answer) : answer) as { url?: string };
	return String(parsed.url ?? '');
}
