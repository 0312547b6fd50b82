import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { propertiesField, propertyNameFields, propertyValueFields } from '../descriptions';
import { propertyValuesOf } from '../parameters';

const properties: INodeProperties[] = [
	propertiesField([...propertyNameFields, ...propertyValueFields]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['property'], operation: ['setLicenseValues'] } },
	properties,
);

/** Sets the values given; the license's other values stay. */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const values = propertyValuesOf(this, itemIndex);
	await liveChatApiRequest(
		this,
		'configuration',
		'update_license_properties',
		{ properties: values },
		itemIndex,
	);
	return { properties: values };
}
