import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../types';
import * as ban from './ban.operation';
import * as get from './get.operation';
import * as getManyBans from './getManyBans.operation';
import * as unban from './unban.operation';
import * as update from './update.operation';

export const operations: Record<string, Operation> = { ban, get, getManyBans, unban, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customer'] } },
		options: [
			{
				name: 'Ban',
				value: 'ban',
				description: 'Stop a customer from starting chats for some days',
				action: 'Ban a customer',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a customer with their visit, statistics and session fields',
				action: 'Get a customer',
			},
			{
				name: 'Get Many Bans',
				value: 'getManyBans',
				description: 'List every active ban of the license, by customer or by IP',
				action: 'Get many customer bans',
			},
			{
				name: 'Unban',
				value: 'unban',
				description: 'Lift the ban of a customer, or of an IP address',
				action: 'Unban a customer',
			},
			{
				name: 'Update',
				value: 'update',
				description:
					"Update a customer's name, email, phone, avatar, address or session fields (details agents see)",
				action: 'Update a customer',
			},
		],
		default: 'get',
	},
	...Object.values(operations).flatMap((operation) => operation.description),
];
