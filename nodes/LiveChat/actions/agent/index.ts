import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../types';
import * as getAgentsForTransfer from './getAgentsForTransfer.operation';
import * as getManyRoutingStatuses from './getManyRoutingStatuses.operation';
import * as setRoutingStatus from './setRoutingStatus.operation';

export const operations: Record<string, Operation> = {
	getAgentsForTransfer,
	getManyRoutingStatuses,
	setRoutingStatus,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['agent'] } },
		options: [
			{
				name: 'Get Agents for Transfer',
				value: 'getAgentsForTransfer',
				description:
					'List the agents a chat can be transferred to right now, least busy first (offline agents are left out)',
				action: 'Get agents a chat can be transferred to',
			},
			{
				name: 'Get Many Routing Statuses',
				value: 'getManyRoutingStatuses',
				description: 'Whether each agent and bot is accepting chats, optionally for some groups',
				action: 'Get many routing statuses',
			},
			{
				name: 'Set Routing Status',
				value: 'setRoutingStatus',
				description: 'Make an agent (or yourself) accept chats or stop accepting them',
				action: 'Set the routing status of an agent',
			},
		],
		default: 'getManyRoutingStatuses',
	},
	...Object.values(operations).flatMap((operation) => operation.description),
];
