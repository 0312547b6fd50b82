import type { IDataObject } from 'n8n-workflow';

import { groupIds } from '../parameters';

/** LiveChat's create_bot / update_bot fields from the node's collection. */
export function botRequestFields(fields: IDataObject): IDataObject {
	const request: IDataObject = {};
	const priority = (fields.defaultGroupPriority as string | undefined) ?? undefined;
	if (fields.name) request.name = fields.name;
	if (fields.avatar) request.avatar = fields.avatar;
	if (fields.jobTitle) request.job_title = fields.jobTitle;
	if (fields.type) request.type = fields.type;
	if (fields.maxChatsCount !== undefined) request.max_chats_count = fields.maxChatsCount;
	if (priority) request.default_group_priority = priority;
	if (fields.groupIds !== undefined) {
		request.groups = groupIds(fields.groupIds).map((id) => ({
			id,
			priority: priority ?? 'first',
		}));
	}
	return request;
}
