import type { INodeProperties } from 'n8n-workflow';

import { groupIdsField } from '../actions/descriptions';
import { authenticationProperty } from '../shared/authentication';
import { outputProperty } from '../trigger/description';
import type { PolledEvent } from './items';

export const POLLED_EVENT_OPTIONS: Array<{
	name: string;
	value: PolledEvent;
	description: string;
}> = [
	{
		name: 'Chat Ended',
		value: 'chat_deactivated',
		description:
			"A chat (thread) was closed; the same item as the LiveChat Trigger's Chat Deactivated",
	},
	{
		name: 'Chat Started',
		value: 'incoming_chat',
		description: "A new chat (thread) began; the same item as the LiveChat Trigger's Incoming Chat",
	},
];

const NAMES = Object.fromEntries(POLLED_EVENT_OPTIONS.map(({ value, name }) => [value, name]));

export const pollingSubtitle = `={{ ($parameter["events"] || []).map((event) => (${JSON.stringify(NAMES)})[event] || event).join(", ") }}`;

/** The LiveChat Polling Trigger's parameters; n8n adds Poll Times itself. */
export const pollingProperties: INodeProperties[] = [
	authenticationProperty,
	{
		displayName:
			'Checks LiveChat on the Poll Times schedule, so n8n needs no public URL, and catches up on what happened while n8n was down. The LiveChat Trigger is faster; both emit the same items, so they can run side by side into Remove Duplicates on deliveryKey.',
		name: 'notice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Trigger On',
		name: 'events',
		type: 'multiOptions',
		required: true,
		options: POLLED_EVENT_OPTIONS,
		default: ['incoming_chat'],
		description: 'The chat events that start the workflow',
	},
	{
		...groupIdsField,
		description: `Only chats of these groups; none chosen: every group the credential can see. ${groupIdsField.description}.`,
	},
	outputProperty('What a LiveChat webhook would have delivered: the action and its payload'),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Include Transcript',
				name: 'includeTranscript',
				type: 'boolean',
				default: false,
				description:
					"Whether Chat Ended items carry the thread as readable text (`transcript`), with times in the workflow's time zone",
			},
			{
				displayName: 'Start From',
				name: 'startFrom',
				type: 'dateTime',
				default: '',
				description:
					'Also emit the chats that started or ended since this time when the workflow is next activated. Empty: only what happens from activation on. Changing it starts over from the new time.',
			},
		],
	},
];
