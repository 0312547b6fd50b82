import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { addVisitorDetails } from '../../transport/legacy';
import { entriesOf, optionalText, requiredText } from '../parameters';

const properties: INodeProperties[] = [
	{
		displayName:
			'Only for legacy webhooks: the token and license ID come from a LiveChat Trigger in Legacy mode (chat_started with the visitor data type). On API v3.6 use Customer → Update with session fields instead.',
		name: 'legacyNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Visitor ID',
		name: 'visitorId',
		type: 'string',
		required: true,
		default: '={{ $json.visitor.id }}',
		description: "The legacy webhook's visitor ID",
	},
	{
		displayName: 'License ID',
		name: 'licenseId',
		type: 'string',
		required: true,
		default: '={{ $json.license_id }}',
		description: "The legacy webhook's license_id",
	},
	{
		displayName: 'Token',
		name: 'token',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '={{ $json.token }}',
		description: "The legacy webhook's token, which authorizes this call",
	},
	{
		displayName: 'Integration ID',
		name: 'integrationId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. my-crm',
		description:
			'Name of your set of details; agents see the fields under it, and sending the same ID again replaces them',
	},
	{
		displayName: 'Fields',
		name: 'fields',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Field',
		options: [
			{
				displayName: 'Field',
				name: 'field',
				values: [
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						placeholder: 'e.g. Plan',
					},
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
					{
						displayName: 'Link',
						name: 'url',
						type: 'string',
						default: '',
						description: 'Optional URL the value links to',
					},
				],
			},
		],
	},
	{
		displayName: 'Icon URL',
		name: 'icon',
		type: 'string',
		default: '',
		placeholder: 'e.g. example.com/icon-64.png',
		description:
			'A 64×64 icon shown next to the details, served over both https and http; the scheme is left out as LiveChat asks',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['visitor'], operation: ['addDetails'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const visitorId = requiredText(this, 'visitorId', itemIndex, 'Visitor ID');
	const licenseId = requiredText(this, 'licenseId', itemIndex, 'License ID');
	const token = requiredText(this, 'token', itemIndex, 'Token');
	const id = requiredText(this, 'integrationId', itemIndex, 'Integration ID');
	const given = entriesOf<{ name?: unknown; value?: unknown; url?: unknown }>(
		this,
		'fields',
		'field',
		itemIndex,
	);
	const fields = given
		.filter((field) => String(field.name ?? '').trim())
		.map((field) => ({
			name: String(field.name).trim(),
			value: String(field.value ?? ''),
			...(String(field.url ?? '').trim() && { url: String(field.url).trim() }),
		}));
	if (!fields.length) {
		throw new NodeOperationError(this.getNode(), 'No field to add', {
			itemIndex,
			description: 'Add at least one field with a name under Fields.',
		});
	}
	const icon = optionalText(this, 'icon', itemIndex).replace(/^[a-z]+:\/\//i, '');
	const answer = await addVisitorDetails.call(
		this,
		{ visitorId, licenseId, token, id, fields, ...(icon && { icon }) },
		itemIndex,
	);
	// The token stays out of the output: it authorizes calls about this chat.
	return {
		visitor_id: visitorId,
		id,
		fields,
		result: (answer as IDataObject | undefined)?.result ?? null,
	};
}
