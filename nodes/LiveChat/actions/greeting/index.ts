import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../types';
import * as create from './create.operation';
import * as deleteGreeting from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as update from './update.operation';

export const operations: Record<string, Operation> = {
	create,
	delete: deleteGreeting,
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
		displayOptions: { show: { resource: ['greeting'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Create a greeting the chat widget shows visitors when its rules match',
				action: 'Create a greeting',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete a greeting',
				action: 'Delete a greeting',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a greeting with its rules and message',
				action: 'Get a greeting',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				description: "List the account's greetings, optionally of some groups",
				action: 'Get many greetings',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Turn a greeting on or off, or change its message, rules or dates',
				action: 'Update a greeting',
			},
		],
		default: 'getMany',
	},
	...Object.values(operations).flatMap((operation) => operation.description),
];
