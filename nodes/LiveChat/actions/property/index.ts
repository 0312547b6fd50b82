import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../types';
import * as deleteGroupValues from './deleteGroupValues.operation';
import * as deleteLicenseValues from './deleteLicenseValues.operation';
import * as getGroupValues from './getGroupValues.operation';
import * as getLicenseValues from './getLicenseValues.operation';
import * as getMany from './getMany.operation';
import * as publish from './publish.operation';
import * as register from './register.operation';
import * as setGroupValues from './setGroupValues.operation';
import * as setLicenseValues from './setLicenseValues.operation';
import * as unregister from './unregister.operation';

export const operations: Record<string, Operation> = {
	deleteGroupValues,
	deleteLicenseValues,
	getGroupValues,
	getLicenseValues,
	getMany,
	publish,
	register,
	setGroupValues,
	setLicenseValues,
	unregister,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['property'] } },
		options: [
			{
				name: 'Delete Group Values',
				value: 'deleteGroupValues',
				description: "Remove values of properties from a group's settings",
				action: 'Delete group property values',
			},
			{
				name: 'Delete License Values',
				value: 'deleteLicenseValues',
				description: "Remove values of properties from the license's settings",
				action: 'Delete license property values',
			},
			{
				name: 'Get Group Values',
				value: 'getGroupValues',
				description: 'Read the values of properties set for groups',
				action: 'Get group property values',
			},
			{
				name: 'Get License Values',
				value: 'getLicenseValues',
				description: 'Read the values of properties set for the license',
				action: 'Get license property values',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				description: "List the properties your app (the credential's Client ID) registered",
				action: 'Get many registered properties',
			},
			{
				name: 'Publish',
				value: 'publish',
				description: 'Let other apps read (or write) one of your properties; cannot be undone',
				action: 'Publish a property',
			},
			{
				name: 'Register',
				value: 'register',
				description:
					'Register a property of your app so chats, threads, events, groups or the license can store it',
				action: 'Register a property',
			},
			{
				name: 'Set Group Values',
				value: 'setGroupValues',
				description: 'Set values of properties for a group; its other values stay',
				action: 'Set group property values',
			},
			{
				name: 'Set License Values',
				value: 'setLicenseValues',
				description: 'Set values of properties for the license; its other values stay',
				action: 'Set license property values',
			},
			{
				name: 'Unregister',
				value: 'unregister',
				description: 'Remove a property your app registered (unless it was published)',
				action: 'Unregister a property',
			},
		],
		default: 'getMany',
	},
	...Object.values(operations).flatMap((operation) => operation.description),
];
