import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../types';

export const operations: Record<string, Operation> = {};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['bot'] } },
		options: [],
		default: '',
	},
	...Object.values(operations).flatMap((operation) => operation.description),
];
