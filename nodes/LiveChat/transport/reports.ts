import type { IDataObject } from 'n8n-workflow';

import type { ReportMethod, ReportResponse } from '../types/livechat';
import type { LiveChatFunctions } from './account';
import { liveChatRequest } from './index';

/**
 * The Reports API v3.6: `POST /v3.6/reports/<resource>/<action>` (e.g. `chats/total_chats`) with
 * a JSON body; region, retries and errors as for the other APIs (a missing scope names
 * reports_read).
 */
export async function liveChatReportRequest(
	context: LiveChatFunctions,
	report: string,
	body: IDataObject,
	itemIndex?: number,
): Promise<ReportResponse> {
	const method: ReportMethod = `reports/${report}`;
	return await liveChatRequest<ReportResponse>(context, { method, path: method, body }, itemIndex);
}
