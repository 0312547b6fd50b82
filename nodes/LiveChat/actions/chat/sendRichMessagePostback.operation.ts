import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { chatIdField, threadIdField } from '../descriptions';
import { chatIdOf, collectionOf, requiredText, threadIdOrLatest, trimmedText } from '../parameters';
import type { OperationRun } from '../run';

const properties: INodeProperties[] = [
	chatIdField,
	threadIdField,
	{
		displayName: 'Event ID',
		name: 'eventId',
		type: 'string',
		required: true,
		default: '',
		description: 'ID of the rich message whose button was pressed',
	},
	{
		displayName: 'Postback ID',
		name: 'postbackId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. track_order',
		description: "The button's postback ID, as the rich message defines it",
	},
	{
		displayName: 'Toggled',
		name: 'toggled',
		type: 'boolean',
		default: true,
		description: 'Whether the button is now pressed (on) or released (off)',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Button Type',
				name: 'buttonType',
				type: 'string',
				default: '',
				placeholder: 'e.g. message',
			},
			{ displayName: 'Button Value', name: 'buttonValue', type: 'string', default: '' },
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['sendRichMessagePostback'] } },
	properties,
);

/** Presses a rich message's button as the user of the credential (LiveChat fires the postback). */
export async function execute(this: IExecuteFunctions, itemIndex: number, run: OperationRun) {
	const chatId = chatIdOf(this, itemIndex);
	const threadId = await threadIdOrLatest(this, chatId, itemIndex, run);
	const fields = collectionOf(this, 'additionalFields', itemIndex);
	const postback: IDataObject = {
		id: requiredText(this, 'postbackId', itemIndex, 'Postback ID'),
		toggled: this.getNodeParameter('toggled', itemIndex, true) === true,
		...(trimmedText(fields.buttonType) && { button_type: trimmedText(fields.buttonType) }),
		...(trimmedText(fields.buttonValue) && { button_value: trimmedText(fields.buttonValue) }),
	};
	const request = {
		chat_id: chatId,
		thread_id: threadId,
		event_id: requiredText(this, 'eventId', itemIndex, 'Event ID'),
		postback,
	};
	await liveChatApiRequest(this, 'agent', 'send_rich_message_postback', request, itemIndex);
	return request;
}
