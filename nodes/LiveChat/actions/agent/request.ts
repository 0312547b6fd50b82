import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { textList } from '../../shared/lists';
import { isTimeZone } from '../../shared/time';

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

interface Hours {
	day: string;
	start: string;
	end: string;
}

/** LiveChat's create_agent / update_agent fields from the node's collection; only those set. */
export function agentRequestFields(
	context: IExecuteFunctions,
	fields: IDataObject,
	itemIndex: number,
): IDataObject {
	const invalid = (message: string, description: string) =>
		new NodeOperationError(context.getNode(), message, { itemIndex, description });
	const request: IDataObject = {};
	if (fields.role) request.role = fields.role;
	if (fields.loginStatus) request.login_status = fields.loginStatus;
	if (fields.jobTitle) request.job_title = fields.jobTitle;
	if (fields.mobile) request.mobile = fields.mobile;
	if (fields.maxChatsCount !== undefined) request.max_chats_count = fields.maxChatsCount;
	if (fields.notifications !== undefined) request.notifications = fields.notifications;
	if (fields.emailSubscriptions !== undefined)
		request.email_subscriptions = fields.emailSubscriptions;
	if (fields.groups !== undefined) {
		const entries = ((fields.groups as IDataObject).group ?? []) as IDataObject[];
		const groups = new Map<number, unknown>();
		for (const entry of entries) {
			for (const text of textList(entry.ids)) {
				const id = Number(text);
				if (!Number.isInteger(id) || id < 0)
					throw invalid(
						`"${text}" is not a group ID`,
						'Choose the groups from the list, or give their numeric IDs separated by commas.',
					);
				// A group named twice keeps its first priority.
				if (!groups.has(id)) groups.set(id, entry.priority ?? 'normal');
			}
		}
		request.groups = [...groups].map(([id, priority]) => ({ id, priority }));
	}
	const timezone = String(fields.workTimeZone ?? '').trim();
	if (timezone && !isTimeZone(timezone))
		throw invalid(
			`"${timezone}" is not a time zone`,
			'Use an IANA time zone name, such as Europe/Warsaw or America/New_York.',
		);
	if (fields.workingHours !== undefined) {
		const hours = ((fields.workingHours as IDataObject).hours ?? []) as Hours[];
		const schedule = hours.map(({ day, start, end }) => {
			const [from, to] = [String(start).trim(), String(end).trim()];
			if (!CLOCK_TIME.test(from) || !CLOCK_TIME.test(to) || from >= to)
				throw invalid(
					`The working hours of ${day} are not valid (${from}–${to})`,
					'Write the start and end as HH:MM on a 24-hour clock, the end after the start, e.g. 09:00 and 17:00.',
				);
			return { day, enabled: true, start: from, end: to };
		});
		request.work_scheduler = { ...(timezone && { timezone }), schedule };
	} else if (timezone) {
		throw invalid(
			'Work Time Zone is set without Working Hours',
			'LiveChat stores the time zone with the working hours: add the hours too, or remove the time zone.',
		);
	}
	return request;
}
