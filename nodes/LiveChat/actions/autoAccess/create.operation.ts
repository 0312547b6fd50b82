import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { collectionOf, optionalText } from '../parameters';
import {
	conditionsField,
	positionField,
	ruleDescriptionField,
	ruleGroupsField,
} from './descriptions';
import { ruleConditions, ruleGroups } from './request';

const properties: INodeProperties[] = [
	{ ...ruleGroupsField, required: true },
	conditionsField,
	ruleDescriptionField,
	positionField,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['autoAccess'], operation: ['create'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const request = {
		access: {
			groups: ruleGroups(this, this.getNodeParameter('groupIds', itemIndex, []), itemIndex),
		},
		conditions: ruleConditions(this, collectionOf(this, 'conditions', itemIndex), itemIndex),
		description: optionalText(this, 'description', itemIndex),
		...(optionalText(this, 'nextId', itemIndex) && {
			next_id: optionalText(this, 'nextId', itemIndex),
		}),
	};
	const { id } = await liveChatApiRequest(
		this,
		'configuration',
		'add_auto_access',
		request,
		itemIndex,
	);
	return { id, ...request };
}
