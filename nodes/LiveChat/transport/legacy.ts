/**
 * The one v2 call the package makes: adding visitor details with the `token` and `license_id` of a
 * legacy webhook. The token authorizes the call, so the credential only gives the API URL.
 */
import type { IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { DEFAULT_API_URL } from './account';
import type { LiveChatFailure } from './failure';
import { REQUEST_TIMEOUT_MS } from './index';
import { sendWithRetries } from './retries';

export const LEGACY_CREDENTIAL = 'liveChatLegacyWebhookApi';

export interface VisitorDetails {
	visitorId: string;
	licenseId: string;
	token: string;
	/** Your data set's name; sending the same id again replaces its fields. */
	id: string;
	fields: Array<{ name: string; value: string; url?: string }>;
	/** Without the scheme, as LiveChat asks. */
	icon?: string;
}

/** The body as the v2 API takes it: form fields, with `fields[0][name]`-style entries. */
export function visitorDetailsForm(details: VisitorDetails): string {
	const form = new URLSearchParams({
		license_id: details.licenseId,
		token: details.token,
		id: details.id,
	});
	if (details.icon) form.set('icon', details.icon);
	details.fields.forEach((field, index) => {
		form.set(`fields[${index}][name]`, field.name);
		form.set(`fields[${index}][value]`, field.value);
		if (field.url) form.set(`fields[${index}][url]`, field.url);
	});
	return form.toString();
}

function legacyApiError(
	context: IExecuteFunctions,
	{ httpStatus: status, message: said }: LiveChatFailure,
	details: VisitorDetails,
	itemIndex: number,
) {
	const told = said ? ` LiveChat said: "${said}".` : '';
	let message = `LiveChat did not add the visitor details (HTTP ${status ?? 'no answer'})`;
	let description = 'Check the node parameters.' + told;
	if (status === 401 || status === 403) {
		message = 'LiveChat did not accept the token of the legacy webhook';
		description =
			'Visitor → Add Details needs the token and license_id of the legacy webhook that started this workflow ($json.token and $json.license_id of a LiveChat Trigger in Legacy mode); tokens expire, so add details soon after the chat starts.' +
			told;
	} else if (status === 404) {
		message = `LiveChat has no visitor ${details.visitorId}`;
		description =
			'Use the visitor ID of the legacy webhook ($json.visitor.id); the webhook needs the visitor data type.' +
			told;
	} else if (status === 400 || status === 422) {
		message = 'LiveChat rejected the visitor details as invalid';
	} else if (status === undefined || status >= 500 || status === 429) {
		message = 'LiveChat could not add the visitor details right now';
		description =
			'LiveChat had a temporary problem or could not be reached; try again in a few minutes.' +
			told;
	}
	const response: JsonObject = { method: 'visitors/details', ...(said && { message: said }) };
	return new NodeApiError(context.getNode(), response, {
		message,
		description,
		httpCode: status !== undefined ? String(status) : undefined,
		itemIndex,
	});
}

/** `POST /visitors/{visitor_id}/details` with `X-API-Version: 2`, retrying transient failures. */
export async function addVisitorDetails(
	this: IExecuteFunctions,
	details: VisitorDetails,
	itemIndex: number,
): Promise<unknown> {
	const credentials = await this.getCredentials(LEGACY_CREDENTIAL, itemIndex);
	const apiUrl = (typeof credentials.apiUrl === 'string' && credentials.apiUrl) || DEFAULT_API_URL;
	const send = async () =>
		await this.helpers.httpRequestWithAuthentication.call(this, LEGACY_CREDENTIAL, {
			method: 'POST',
			url: `${apiUrl.replace(/\/+$/, '')}/visitors/${encodeURIComponent(details.visitorId)}/details`,
			headers: { 'X-API-Version': '2', 'Content-Type': 'application/x-www-form-urlencoded' },
			body: visitorDetailsForm(details),
			json: true,
			timeout: REQUEST_TIMEOUT_MS,
		});
	const toError = (failure: LiveChatFailure) => legacyApiError(this, failure, details, itemIndex);
	return await sendWithRetries('visitors/details', send, toError);
}
