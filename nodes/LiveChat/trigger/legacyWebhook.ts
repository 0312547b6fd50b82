/**
 * Legacy (v2) webhooks, set up by hand in LiveChat with Basic Auth in the URL: their events, what a
 * delivery looks like, and the item made of it. (verify.ts checks the Basic Auth.)
 */
import { createHash } from 'crypto';
import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

import { formatTime } from '../shared/time';
import type {
	LegacyChat,
	LegacySurveyField,
	LegacyVisitor,
	LegacyWebhook,
} from '../types/livechat';
import type { DeliveryIdentity } from './dedupe';
import { LONG_RETRY_WINDOW_MS } from './dedupe';

export const LEGACY_EVENT_OPTIONS: INodePropertyOptions[] = [
	{
		name: 'Canned Response Changed',
		value: 'canned_response_changed',
		description: 'Data type: canned_response',
	},
	{
		name: 'Chat Changed',
		value: 'chat_changed',
		description: "A chat's tags changed. Data types: chat, visitor.",
	},
	{
		name: 'Chat Ended',
		value: 'chat_ended',
		description: 'Data types: chat, visitor, pre_chat_survey',
	},
	{
		name: 'Chat Started',
		value: 'chat_started',
		description: 'Data types: chat, visitor, pre_chat_survey',
	},
	{ name: 'Ticket Created', value: 'ticket_created', description: 'Data type: ticket' },
	{
		name: 'Visitor Queued',
		value: 'visitor_queued',
		description: 'A visitor waits in the queue before the chat. Data type: visitor.',
	},
];

/** A delivery is a JSON object naming its event. */
export function isLegacyWebhook(body: unknown): body is LegacyWebhook {
	return (
		typeof body === 'object' &&
		body !== null &&
		!Array.isArray(body) &&
		typeof (body as IDataObject).event_type === 'string'
	);
}

/**
 * v2 deliveries carry no id; a retry repeats the body exactly, including its token (a new one for
 * every delivery), so it is remembered for the v2 schedule.
 */
export function legacyDeliveryIdentity(webhook: LegacyWebhook): DeliveryIdentity {
	const digest = createHash('sha256').update(JSON.stringify(webhook)).digest('base64url');
	return { key: `legacy:${webhook.event_type}:${digest}`, windowMs: LONG_RETRY_WINDOW_MS };
}

const seconds = (timestamp: number | undefined) =>
	typeof timestamp === 'number' ? new Date(timestamp * 1000).toISOString() : null;

function simplifyVisitor(visitor: LegacyVisitor) {
	return {
		id: visitor.id,
		name: visitor.name ?? null,
		email: visitor.email ?? null,
		customVariables: Object.fromEntries(
			(visitor.custom_variables ?? []).map(({ key, value }) => [key, value]),
		),
	};
}

function simplifyChat(chat: LegacyChat, timeZone: string) {
	const messages = (chat.messages ?? []).map((message) => ({
		authorName: message.author_name,
		userType: message.user_type,
		agentId: message.agent_id ?? null,
		text: message.text,
		createdAt: seconds(message.timestamp),
	}));
	return {
		id: chat.id,
		startedAt: seconds(chat.started_timestamp),
		endedAt: seconds(chat.ended_timestamp),
		tags: chat.tags ?? [],
		messages,
		// A supervisor's message is whispered: only agents saw it.
		transcript: (chat.messages ?? []).map(
			(message) =>
				`[${formatTime(message.timestamp * 1000, timeZone)}] ${message.author_name}${message.user_type === 'supervisor' ? ' (whisper)' : ''}: ${message.text}`,
		),
	};
}

/** `label → answer`; a choice field gives the chosen labels. Empty when the survey was skipped. */
function surveyAnswers(fields: LegacySurveyField[]) {
	return Object.fromEntries(
		fields.map((field) => [
			field.label,
			field.answers
				? field.answers.filter((answer) => answer.chosen).map((answer) => answer.label)
				: (field.answer ?? ''),
		]),
	);
}

/**
 * The event and its data types, flattened. `token` and `license_id` stay: Visitor → Add Details
 * needs them. Times become ISO 8601; chat transcript lines use the workflow's time zone.
 */
export function simplifyLegacyWebhook(webhook: LegacyWebhook, timeZone: string): IDataObject {
	return {
		event: webhook.event_type,
		license_id: webhook.license_id,
		token: webhook.token,
		...(webhook.visitor && { visitor: simplifyVisitor(webhook.visitor) }),
		...(webhook.chat && { chat: simplifyChat(webhook.chat, timeZone) }),
		...(webhook.pre_chat_survey && { preChatSurvey: surveyAnswers(webhook.pre_chat_survey) }),
		...(webhook.ticket && { ticket: { ...webhook.ticket } }),
		...(webhook.canned_response && { cannedResponse: { ...webhook.canned_response } }),
	};
}
