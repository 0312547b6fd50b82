import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../types';
import * as addDetails from './addDetails.operation';

export const operations: Record<string, Operation> = { addDetails };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['visitor'] } },
		options: [
			{
				name: 'Add Details',
				value: 'addDetails',
				description:
					'Show extra details about the visitor to agents, with the token of a legacy webhook',
				action: 'Add details to a visitor',
			},
		],
		default: 'addDetails',
	},
	...addDetails.description,
];
