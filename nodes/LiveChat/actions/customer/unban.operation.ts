import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { customerIdField } from '../descriptions';
import { customerIdOf, requiredText } from '../parameters';

const properties: INodeProperties[] = [
	{
		displayName: 'Unban By',
		name: 'unbanBy',
		type: 'options',
		options: [
			{ name: 'Customer ID', value: 'customerId' },
			{
				name: 'IP Address',
				value: 'ip',
				description: 'For bans LiveChat holds only by IP (Get Many Bans shows them)',
			},
		],
		default: 'customerId',
		description: 'Whether to lift the ban of a customer or of an IP address',
	},
	{ ...customerIdField, displayOptions: { show: { unbanBy: ['customerId'] } } },
	{
		displayName: 'IP Address',
		name: 'ip',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 198.51.100.7',
		description: 'The banned IP address, as Get Many Bans lists it',
		displayOptions: { show: { unbanBy: ['ip'] } },
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['customer'], operation: ['unban'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const byIp = this.getNodeParameter('unbanBy', itemIndex, 'customerId') === 'ip';
	const request = byIp
		? { ip: requiredText(this, 'ip', itemIndex, 'IP Address') }
		: { customer_id: customerIdOf(this, itemIndex) };
	await liveChatApiRequest(this, 'configuration', 'unban_customer', request, itemIndex);
	return { ...request, unbanned: true };
}
