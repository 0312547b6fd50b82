import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { liveChatUpload, UPLOAD_LIMIT_BYTES } from '../../transport/upload';
import { chatIdField } from '../descriptions';
import { chatIdOf, optionalText } from '../parameters';
import { visibilityField } from './descriptions';

const properties: INodeProperties[] = [
	chatIdField,
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The name of the input binary field containing the file to send',
	},
	visibilityField,
	{
		displayName: 'Alternative Text',
		name: 'alternativeText',
		type: 'string',
		default: '',
		description: 'For images: what the image shows, for screen readers',
	},
	{
		displayName:
			'The file (at most 10 MB, no executables) is uploaded to LiveChat, then sent by the user of the credential, who must be in the chat',
		name: 'sendFileNotice',
		type: 'notice',
		default: '',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['sendFile'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const chatId = chatIdOf(this, itemIndex);
	const field = this.getNodeParameter('binaryPropertyName', itemIndex, 'data') as string;
	const binary = this.helpers.assertBinaryData(itemIndex, field);
	const data = await this.helpers.getBinaryDataBuffer(itemIndex, field);
	if (data.length > UPLOAD_LIMIT_BYTES) {
		throw new NodeOperationError(this.getNode(), 'The file is larger than 10 MB', {
			itemIndex,
			description: `LiveChat takes files of at most 10 MB; this one has ${(data.length / 1048576).toFixed(1)} MB. Send a link to it instead.`,
		});
	}
	const name = binary.fileName ?? `file${binary.fileExtension ? `.${binary.fileExtension}` : ''}`;
	const contentType = binary.mimeType || 'application/octet-stream';
	const url = await liveChatUpload(this, { name, contentType, data }, itemIndex);
	const alternativeText = optionalText(this, 'alternativeText', itemIndex);
	const visibility = this.getNodeParameter('visibility', itemIndex, 'all') as string;
	const event = {
		type: 'file',
		url,
		visibility,
		...(alternativeText && { alternative_text: alternativeText }),
	};
	const { event_id } = await liveChatApiRequest(
		this,
		'agent',
		'send_event',
		{ chat_id: chatId, event },
		itemIndex,
	);
	return { chat_id: chatId, event_id, url, name, content_type: contentType, size: data.length };
}
