import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { loadOptions } from './methods';
import { pollingProperties, pollingSubtitle } from './polling/description';
import type { Happening, ItemSettings, PolledEvent } from './polling/items';
import { eventTime, polledItem } from './polling/items';
import type { PollSettings } from './polling/poll';
import { pollChats, testEvents } from './polling/poll';
import { readPosition, savePosition } from './polling/position';

/** The Start From option as an ISO time; empty when not set. */
function startFromOf(context: IPollFunctions, value: unknown): string {
	if (value === undefined || value === null || value === '') return '';
	const time = new Date(String(value));
	if (Number.isNaN(time.getTime())) {
		throw new NodeOperationError(context.getNode(), `Start From is not a date: ${String(value)}`, {
			description: 'Use an ISO 8601 date such as 2026-11-01T09:00:00Z, or leave it empty.',
		});
	}
	return time.toISOString();
}

/** Chats that started or ended, read from LiveChat on a schedule (n8n's polling triggers). */
export class LiveChatPollingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'LiveChat Polling Trigger',
		name: 'liveChatPollingTrigger',
		icon: { light: 'file:livechat.svg', dark: 'file:livechat.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: pollingSubtitle,
		description: 'Starts the workflow when chats start or end, checking LiveChat on a schedule',
		defaults: { name: 'LiveChat Polling Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		// On Authentication, which depends on nothing (shared/authentication.ts).
		credentials: [
			{
				name: 'liveChatOAuth2Api',
				required: true,
				displayOptions: { show: { authentication: ['oAuth2'] } },
			},
			{
				name: 'liveChatApi',
				required: true,
				displayOptions: { show: { authentication: ['accessToken'] } },
			},
		],
		properties: pollingProperties,
	};

	methods = { loadOptions: { getGroups: loadOptions.getGroups } };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const events = this.getNodeParameter('events', []) as PolledEvent[];
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const settings: PollSettings = {
			groupIds: (this.getNodeParameter('groupIds', []) as unknown[]).map(Number),
			startFrom: startFromOf(this, options.startFrom),
		};
		const itemSettings: ItemSettings = {
			output: this.getNodeParameter('output', 'simplified') === 'raw' ? 'raw' : 'simplified',
			transcriptTimeZone: options.includeTranscript === true ? this.getTimezone() : undefined,
		};

		let happened: Happening[];
		if (this.getMode() === 'manual') {
			happened = await testEvents(this, settings, events);
		} else {
			const result = await pollChats(this, settings, readPosition(this), Date.now());
			// n8n saves static data with the items it emits, and after activation's first poll.
			savePosition(this, result.position);
			happened = [
				...(events.includes('incoming_chat') ? result.started : []).map((chat) => ({
					event: 'incoming_chat' as const,
					chat,
				})),
				...(events.includes('chat_deactivated') ? result.ended : []).map((chat) => ({
					event: 'chat_deactivated' as const,
					chat,
				})),
			];
		}
		if (happened.length === 0) return null;
		const items = happened
			.sort((a, b) => eventTime(a).localeCompare(eventTime(b)))
			.map((happening) => ({ json: polledItem(happening, itemSettings) }));
		return [items];
	}
}
