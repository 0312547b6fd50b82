import type { INodeProperties } from 'n8n-workflow';

import { agentLocator, groupIdsField, groupPriorityField } from '../descriptions';

/** The agent an account operation acts on. */
export const requiredAgentLocator: INodeProperties = {
	...agentLocator,
	required: true,
	description: "Agent of the account; an agent's ID is their email address",
};

/** Every extra field get_agent and list_agents can add to an agent: the item keeps them all. */
export const AGENT_FIELDS = [
	'awaiting_approval',
	'email_subscriptions',
	'groups',
	'job_title',
	'last_logout',
	'max_chats_count',
	'mobile',
	'notifications',
	'suspended',
	'work_scheduler',
];

const NOTIFICATIONS = [
	'incoming_chat',
	'incoming_message_for_focused_chat',
	'inactive_notifications',
	'mute_all_sounds',
	'new_goal',
	'new_visitor',
	'queued_visitor',
	'repeat_sound_notifications',
	'returning_visitor',
	'ticket',
	'ticket_notifications',
	'unassigned_chat_messages',
	'unassigned_chats',
	'visitor_is_typing',
];

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** n8n's option lists are sorted by name. */
const optionsOf = (values: string[]) =>
	values
		.map((value) => ({
			name: value.replace(/_/g, ' ').replace(/\b\w/g, (letter) => letter.toUpperCase()),
			value,
		}))
		.sort((a, b) => a.name.localeCompare(b.name));

/** The optional fields create_agent and update_agent share. */
export const agentFieldOptions: INodeProperties[] = [
	{
		displayName: 'Email Subscriptions',
		name: 'emailSubscriptions',
		type: 'multiOptions',
		options: [
			{ name: 'Daily Summary', value: 'daily_summary' },
			{ name: 'Weekly Summary', value: 'weekly_summary' },
		],
		default: [],
		description: 'Summaries LiveChat emails to the agent',
	},
	{
		displayName: 'Groups',
		name: 'groups',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Group',
		default: {},
		description: 'Groups the agent takes chats from, by priority',
		options: [
			{
				displayName: 'Group',
				name: 'group',
				values: [
					{
						...groupIdsField,
						name: 'ids',
						description: `Groups at this priority. ${groupIdsField.description}: a list, or IDs separated by commas.`,
					},
					groupPriorityField,
				],
			},
		],
	},
	{
		displayName: 'Job Title',
		name: 'jobTitle',
		type: 'string',
		default: '',
		placeholder: 'e.g. Support Hero',
	},
	{
		displayName: 'Login Status',
		name: 'loginStatus',
		type: 'options',
		options: [
			{ name: 'Accepting Chats', value: 'accepting chats' },
			{ name: 'Not Accepting Chats', value: 'not accepting chats' },
		],
		default: 'not accepting chats',
		description: 'The routing status the agent starts with after logging in',
	},
	{
		displayName: 'Max Chats',
		name: 'maxChatsCount',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 20 },
		default: 6,
		description: 'How many chats the agent takes at once (at most 20)',
	},
	{
		displayName: 'Mobile',
		name: 'mobile',
		type: 'string',
		default: '',
		placeholder: 'e.g. +48 123 456 789',
	},
	{
		displayName: 'Notifications',
		name: 'notifications',
		type: 'multiOptions',
		options: optionsOf(NOTIFICATIONS),
		default: [],
		description: 'Notifications turned on for the agent; the others are turned off',
	},
	{
		displayName: 'Role',
		name: 'role',
		type: 'options',
		options: [
			{ name: 'Administrator', value: 'administrator' },
			{ name: 'Normal', value: 'normal' },
			{ name: 'Vice Owner', value: 'viceowner' },
		],
		default: 'normal',
		description: 'A role above Normal needs the scope accounts.roles.lc--all:rw',
	},
	{
		displayName: 'Work Time Zone',
		name: 'workTimeZone',
		type: 'string',
		default: '',
		placeholder: 'e.g. Europe/Warsaw',
		description: 'IANA time zone of the Working Hours; empty keeps the agent’s own time zone',
	},
	{
		displayName: 'Working Hours',
		name: 'workingHours',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Hours',
		default: {},
		description: "The agent's work scheduler; these hours replace the ones set before",
		options: [
			{
				displayName: 'Hours',
				name: 'hours',
				values: [
					{
						displayName: 'Day',
						name: 'day',
						type: 'options',
						options: optionsOf(DAYS),
						default: 'monday',
					},
					{
						displayName: 'End',
						name: 'end',
						type: 'string',
						default: '17:00',
						placeholder: 'HH:MM',
					},
					{
						displayName: 'Start',
						name: 'start',
						type: 'string',
						default: '09:00',
						placeholder: 'HH:MM',
					},
				],
			},
		],
	},
];
