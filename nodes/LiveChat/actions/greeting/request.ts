import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { textList } from '../../shared/lists';
import { momentInZone } from '../../shared/time';
import { trimmedText } from '../parameters';

const MAX_RULES = 10;
const MAX_URLS = 10;
const MAX_SECONDS = 900;
const ADS_SOURCES = ['facebook', 'google', 'microsoft', 'twitter', 'yahoo'];

/** The message key of a greeting's `properties` (create_greeting's list of keys). */
export const MESSAGE_PROPERTY = 'greeting-message_text';

/** LiveChat's `rules` from the Rules field, checked against create_greeting's requirements. */
function greetingRules(context: IExecuteFunctions, rules: IDataObject, itemIndex: number) {
	const invalid = (message: string, description: string) =>
		new NodeOperationError(context.getNode(), message, { itemIndex, description });
	const entries = (rules.rule ?? []) as IDataObject[];
	if (entries.length > MAX_RULES)
		throw invalid(`A greeting takes at most ${MAX_RULES} rules`, 'Remove some rules.');
	return entries.map((entry, index) => {
		const type = String(entry.type);
		const rule: IDataObject = { condition: entry.condition ?? 'and', type };
		const label = `Rule ${index + 1} (${type})`;
		if (['url_funnel', 'url_match_page_view_number'].includes(type)) {
			const urls = textList(entry.urls);
			if (urls.length < 1 || urls.length > MAX_URLS)
				throw invalid(
					`${label} needs 1 to ${MAX_URLS} URLs`,
					'List the URLs, separated by commas.',
				);
			rule.urls = urls.map((url) => ({ url, operator: entry.urlOperator ?? 'contains' }));
		}
		if (['ads_traffic', 'custom_variable'].includes(type)) {
			const key = trimmedText(entry.sessionField);
			if (!key)
				throw invalid(`${label} needs a Session Field`, 'Enter the session field to match.');
			if (type === 'ads_traffic' && !ADS_SOURCES.includes(key))
				throw invalid(
					`${label}: "${key}" is not an ads source`,
					`LiveChat knows ${ADS_SOURCES.join(', ')}.`,
				);
			rule.session_field = { [key]: trimmedText(entry.sessionValue) };
		} else if (type !== 'url_funnel') {
			const value = trimmedText(entry.value);
			if (!value) throw invalid(`${label} has no value`, 'Enter the value the rule compares with.');
			const seconds = Number(value);
			if (
				type.startsWith('visit_time_') &&
				(!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_SECONDS)
			)
				throw invalid(
					`${label}: ${value} is not 0 to ${MAX_SECONDS} seconds`,
					'Enter whole seconds.',
				);
			rule.operator = entry.operator ?? 'equals';
			rule.value = value;
		}
		return rule;
	});
}

/** An RFC 3339 time from an n8n date field, read in the workflow's time zone. */
function rfc3339(context: IExecuteFunctions, value: unknown, label: string, itemIndex: number) {
	const ms = momentInZone(trimmedText(value), context.getTimezone());
	if (Number.isNaN(ms))
		throw new NodeOperationError(context.getNode(), `${label} is not a date`, {
			itemIndex,
			description: 'Pick a date, or give one such as 2026-12-24T09:00.',
		});
	return new Date(ms).toISOString();
}

/** create_greeting / update_greeting fields from the node's fields; only those given. */
export function greetingRequestFields(
	context: IExecuteFunctions,
	fields: IDataObject,
	itemIndex: number,
): IDataObject {
	const request: IDataObject = {};
	if (fields.name !== undefined) request.name = trimmedText(fields.name);
	if (fields.type !== undefined) request.type = fields.type;
	if (fields.active !== undefined) request.active = fields.active === true;
	if (trimmedText(fields.activeFrom))
		request.active_from = rfc3339(context, fields.activeFrom, 'Active From', itemIndex);
	if (trimmedText(fields.activeUntil))
		request.active_until = rfc3339(context, fields.activeUntil, 'Active Until', itemIndex);
	if (fields.rules !== undefined)
		request.rules = greetingRules(context, fields.rules as IDataObject, itemIndex);
	const properties: IDataObject = {};
	if (trimmedText(fields.message)) properties[MESSAGE_PROPERTY] = trimmedText(fields.message);
	if (fields.exitIntent !== undefined)
		properties.is_exit_intent = String(fields.exitIntent === true);
	if (Object.keys(properties).length) request.properties = properties;
	return request;
}

/** A greeting ID: a number from the list or an expression. */
export function greetingIdOf(context: IExecuteFunctions, itemIndex: number): number {
	const value = context.getNodeParameter('greetingId', itemIndex, '');
	const id = Number(trimmedText(value));
	if (!trimmedText(value) || !Number.isInteger(id) || id < 0) {
		throw new NodeOperationError(context.getNode(), `"${String(value)}" is not a greeting ID`, {
			itemIndex,
			description:
				'Choose a greeting from the list, or give its numeric ID (Greeting → Get Many lists them).',
		});
	}
	return id;
}
