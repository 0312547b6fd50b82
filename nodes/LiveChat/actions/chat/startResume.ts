import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { optionalText } from '../common';
import { chosenGroupId, groupIdField } from './control';

/** What Start and Resume share: a first message, the group, the chat mode, the thread state. */
export const chatOpeningFields: INodeProperties[] = [
	{
		displayName: 'First Message',
		name: 'firstMessage',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description:
			'A message from the user of the credential that opens the thread. Leave empty to send none.',
	},
	{
		...groupIdField,
		description:
			'Group whose agents may see and take the chat (0, General, has every agent). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Continuous',
		name: 'continuous',
		type: 'boolean',
		default: false,
		description:
			'Whether the chat is continuous (Messaging Mode): it stays open for asynchronous replies and needs no online group',
	},
	{
		displayName: 'Active',
		name: 'active',
		type: 'boolean',
		default: true,
		description:
			'Whether the new thread is open for the conversation; turn off to record it as already ended (archived)',
	},
];

/** The `chat` fields of start_chat and resume_chat that come from the shared fields. */
export function chatOpening(context: IExecuteFunctions, itemIndex: number) {
	const text = optionalText(context, 'firstMessage', itemIndex);
	const chat: IDataObject = { access: { group_ids: [chosenGroupId(context, itemIndex)] } };
	if (text) chat.thread = { events: [{ type: 'message', text, visibility: 'all' }] };
	return {
		chat,
		active: context.getNodeParameter('active', itemIndex, true) !== false,
		continuous: context.getNodeParameter('continuous', itemIndex, false) === true,
	};
}
