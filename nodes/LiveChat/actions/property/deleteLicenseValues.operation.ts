import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { propertiesField, propertyNameFields } from '../descriptions';
import { propertyNamesOf } from '../parameters';

const properties: INodeProperties[] = [propertiesField(propertyNameFields)];

export const description = updateDisplayOptions(
	{ show: { resource: ['property'], operation: ['deleteLicenseValues'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const names = propertyNamesOf(this, itemIndex);
	await liveChatApiRequest(
		this,
		'configuration',
		'delete_license_properties',
		{ properties: names },
		itemIndex,
	);
	return { deleted: names };
}
