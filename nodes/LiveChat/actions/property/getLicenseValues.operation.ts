import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { namespaceFilterFields } from './descriptions';
import { valueFilters, valueItems } from './values';

const properties: INodeProperties[] = namespaceFilterFields;

export const description = updateDisplayOptions(
	{ show: { resource: ['property'], operation: ['getLicenseValues'] } },
	properties,
);

/** One item per value, defaults of unset properties included (as LiveChat answers). */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const values = await liveChatApiRequest(
		this,
		'configuration',
		'list_license_properties',
		valueFilters(this, itemIndex),
		itemIndex,
	);
	return valueItems(values);
}
