import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../types';
import * as create from './create.operation';
import * as deleteBot from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as resetSecret from './resetSecret.operation';
import * as setRoutingStatus from './setRoutingStatus.operation';
import * as update from './update.operation';

export const operations: Record<string, Operation> = {
	create,
	delete: deleteBot,
	get,
	getMany,
	resetSecret,
	setRoutingStatus,
	update,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['bot'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: "Create a bot owned by the credential's app",
				action: 'Create a bot',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete a bot',
				action: 'Delete a bot',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a bot with its groups and settings',
				action: 'Get a bot',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				description: "List the app's bots, or every bot of the license",
				action: 'Get many bots',
			},
			{
				name: 'Reset Secret',
				value: 'resetSecret',
				description:
					"Replace a bot's secret; output the new one only if you ask (for the Bot credential)",
				action: 'Reset the secret of a bot',
			},
			{
				name: 'Set Routing Status',
				value: 'setRoutingStatus',
				description: 'Make a bot accept chats, stop accepting them, or go offline',
				action: 'Set the routing status of a bot',
			},
			{
				name: 'Update',
				value: 'update',
				description: "Change a bot's name, groups, priority, max chats or other fields",
				action: 'Update a bot',
			},
		],
		default: 'getMany',
	},
	...Object.values(operations).flatMap((operation) => operation.description),
];
