import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../types';
import * as approve from './approve.operation';
import * as create from './create.operation';
import * as deleteAgent from './delete.operation';
import * as get from './get.operation';
import * as getAgentsForTransfer from './getAgentsForTransfer.operation';
import * as getMany from './getMany.operation';
import * as getManyRoutingStatuses from './getManyRoutingStatuses.operation';
import * as multicast from './multicast.operation';
import * as setRoutingStatus from './setRoutingStatus.operation';
import * as suspend from './suspend.operation';
import * as unsuspend from './unsuspend.operation';
import * as update from './update.operation';

export const operations: Record<string, Operation> = {
	approve,
	create,
	delete: deleteAgent,
	get,
	getAgentsForTransfer,
	getMany,
	getManyRoutingStatuses,
	multicast,
	setRoutingStatus,
	suspend,
	unsuspend,
	update,
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
				name: 'Approve',
				value: 'approve',
				description: 'Let an agent who awaits approval use LiveChat',
				action: 'Approve an agent',
			},
			{
				name: 'Create',
				value: 'create',
				description: 'Invite a new agent to the account, with role, groups and working hours',
				action: 'Create an agent',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Remove an agent from the account',
				action: 'Delete an agent',
			},
			{
				name: 'Get',
				value: 'get',
				description: "Get an agent's account: role, groups, working hours, notifications",
				action: 'Get an agent',
			},
			{
				name: 'Get Agents for Transfer',
				value: 'getAgentsForTransfer',
				description:
					'List the agents a chat can be transferred to right now, least busy first (offline agents are left out)',
				action: 'Get agents a chat can be transferred to',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				description: "List the account's agents, optionally of some groups or only suspended",
				action: 'Get many agents',
			},
			{
				name: 'Get Many Routing Statuses',
				value: 'getManyRoutingStatuses',
				description: 'Whether each agent and bot is accepting chats, optionally for some groups',
				action: 'Get many routing statuses',
			},
			{
				name: 'Multicast',
				value: 'multicast',
				description:
					'Send agents (all, some, or some groups) a message outside any chat; not saved',
				action: 'Send a multicast to agents',
			},
			{
				name: 'Set Routing Status',
				value: 'setRoutingStatus',
				description: 'Make an agent (or yourself) accept chats or stop accepting them',
				action: 'Set the routing status of an agent',
			},
			{
				name: 'Suspend',
				value: 'suspend',
				description: 'Stop an agent from logging in, keeping their account',
				action: 'Suspend an agent',
			},
			{
				name: 'Unsuspend',
				value: 'unsuspend',
				description: 'Let a suspended agent log in again',
				action: 'Unsuspend an agent',
			},
			{
				name: 'Update',
				value: 'update',
				description: "Change an agent's role, groups, chat limit, working hours or notifications",
				action: 'Update an agent',
			},
		],
		default: 'getManyRoutingStatuses',
	},
	...Object.values(operations).flatMap((operation) => operation.description),
];
