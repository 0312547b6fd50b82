import type { IDataObject } from 'n8n-workflow';

import type { ReportResponse } from '../types/livechat';
import { liveChatApiError } from './errors';
import type { LiveChatFunctions } from './index';
import { API_VERSION, getLiveChatAccount, REQUEST_TIMEOUT_MS, sendWithRetries } from './index';

/**
 * The Reports API v3.6: `POST /v3.6/reports/<resource>/<action>` (e.g. `chats/total_chats`) with
 * a JSON body, through n8n's authenticated request helper; retries and errors as for the other
 * APIs (a missing scope names reports_read).
 */
export async function liveChatReportRequest(
	context: LiveChatFunctions,
	report: string,
	body: IDataObject,
	itemIndex?: number,
): Promise<ReportResponse> {
	const account = await getLiveChatAccount.call(context);
	const method = `reports/${report}`;
	return await sendWithRetries(
		method,
		async () =>
			(await context.helpers.httpRequestWithAuthentication.call(context, account.credentialType, {
				method: 'POST',
				url: `${account.apiUrl}/v${API_VERSION}/${method}`,
				body,
				json: true,
				headers: account.region ? { 'X-Region': account.region } : {},
				timeout: REQUEST_TIMEOUT_MS,
			})) as ReportResponse,
		(failure) => liveChatApiError(context.getNode(), failure, itemIndex),
	);
}
