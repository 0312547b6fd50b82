import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../types';
import * as create from './create.operation';
import * as deleteGroup from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as update from './update.operation';

export const operations: Record<string, Operation> = {
	create,
	delete: deleteGroup,
	get,
	getMany,
	update,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['group'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Create a group of agents chats can be routed to',
				action: 'Create a group',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete a group (not General)',
				action: 'Delete a group',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a group with its agents, their priorities and its routing status',
				action: 'Get a group',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				description: "List the account's groups with their agents",
				action: 'Get many groups',
			},
			{
				name: 'Update',
				value: 'update',
				description: "Rename a group, change its language, or set its agents' priorities",
				action: 'Update a group',
			},
		],
		default: 'getMany',
	},
	...Object.values(operations).flatMap((operation) => operation.description),
];
