import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../types';
import * as create from './create.operation';
import * as deleteRule from './delete.operation';
import * as getMany from './getMany.operation';
import * as update from './update.operation';

export const operations: Record<string, Operation> = {
	create,
	delete: deleteRule,
	getMany,
	update,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['autoAccess'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: "Route visitors of some pages or places to groups (LiveChat's auto access)",
				action: 'Create a routing rule',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete a routing rule',
				action: 'Delete a routing rule',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				description: 'List the routing rules in the order LiveChat checks them',
				action: 'Get many routing rules',
			},
			{
				name: 'Update',
				value: 'update',
				description: "Change a rule's groups, conditions or description, or move it",
				action: 'Update a routing rule',
			},
		],
		default: 'getMany',
	},
	...Object.values(operations).flatMap((operation) => operation.description),
];
