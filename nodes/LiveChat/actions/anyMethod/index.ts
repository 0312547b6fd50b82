import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../types';
import * as call from './call.operation';

export const operations: Record<string, Operation> = { call };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['anyMethod'] } },
		options: [
			{
				name: 'Call',
				value: 'call',
				description: "Call any method of LiveChat's API v3.6 by name, with a JSON body",
				action: 'Call a method by name',
			},
		],
		default: 'call',
	},
	...call.description,
];
