import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { chosenGroupId } from '../parameters';
import { GROUP_FIELDS, requiredGroupIdField } from './descriptions';

const properties: INodeProperties[] = [requiredGroupIdField];

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = chosenGroupId(this, itemIndex);
	const group = await liveChatApiRequest(
		this,
		'configuration',
		'get_group',
		{ id, fields: GROUP_FIELDS },
		itemIndex,
	);
	return { ...group };
}
