import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { collectionOf, trimmedText } from '../parameters';
import {
	conditionsField,
	positionField,
	ruleDescriptionField,
	ruleGroupsField,
	ruleIdField,
} from './descriptions';
import { ruleConditions, ruleGroups } from './request';

const properties: INodeProperties[] = [
	ruleIdField,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				...conditionsField,
				description: "What a visitor must match; these replace the rule's conditions",
			},
			ruleDescriptionField,
			{ ...positionField, description: `Moves the rule. ${positionField.description}` },
			ruleGroupsField,
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['autoAccess'], operation: ['update'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = trimmedText(this.getNodeParameter('ruleId', itemIndex, ''));
	const fields = collectionOf(this, 'updateFields', itemIndex);
	const request: IDataObject = { id };
	if (fields.groupIds !== undefined)
		request.access = { groups: ruleGroups(this, fields.groupIds, itemIndex) };
	if (fields.conditions !== undefined)
		request.conditions = ruleConditions(this, fields.conditions as IDataObject, itemIndex);
	if (fields.description !== undefined) request.description = trimmedText(fields.description);
	// "" moves the rule to the end; left out, the rule keeps its place.
	if (fields.nextId !== undefined) request.next_id = trimmedText(fields.nextId);
	if (Object.keys(request).length === 1) {
		throw new NodeOperationError(this.getNode(), 'Nothing to update', {
			itemIndex,
			description:
				"Add a field under Update Fields: the rule's groups, conditions, description or place.",
		});
	}
	await liveChatApiRequest(this, 'configuration', 'update_auto_access', request, itemIndex);
	return request;
}
