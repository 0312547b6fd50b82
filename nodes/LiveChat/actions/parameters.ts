import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { textList } from '../shared/lists';
import type { OperationRun } from './run';

/** A text value, trimmed; expressions may give numbers or nothing. */
export function trimmedText(value: unknown): string {
	return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
}

/** A required text parameter, trimmed; an empty one is the user's mistake, not LiveChat's. */
export function requiredText(
	context: IExecuteFunctions,
	name: string,
	itemIndex: number,
	label: string,
): string {
	const text = trimmedText(context.getNodeParameter(name, itemIndex, '', { extractValue: true }));
	if (!text) {
		throw new NodeOperationError(context.getNode(), `${label} is empty`, {
			itemIndex,
			description: `Enter the ${label}, or map it from an earlier node with an expression.`,
		});
	}
	return text;
}

/** An optional text parameter, trimmed. */
export function optionalText(context: IExecuteFunctions, name: string, itemIndex: number): string {
	return trimmedText(context.getNodeParameter(name, itemIndex, ''));
}

export function chatIdOf(context: IExecuteFunctions, itemIndex: number): string {
	return requiredText(context, 'chatId', itemIndex, 'Chat ID');
}

export function customerIdOf(context: IExecuteFunctions, itemIndex: number): string {
	return requiredText(context, 'customerId', itemIndex, 'Customer ID');
}

/** An agent from the agent locator (their email address). */
export function agentIdOf(context: IExecuteFunctions, itemIndex: number): string {
	return requiredText(context, 'agent', itemIndex, 'Agent');
}

export function botIdOf(context: IExecuteFunctions, itemIndex: number): string {
	return requiredText(context, 'botId', itemIndex, 'Bot');
}

/** The given Thread ID, or the chat's latest thread (looked up once per chat in an execution). */
export async function threadIdOrLatest(
	context: IExecuteFunctions,
	chatId: string,
	itemIndex: number,
	run: OperationRun,
): Promise<string> {
	return (
		optionalText(context, 'threadId', itemIndex) || (await run.latestThreadOf(chatId, itemIndex))
	);
}

/** A collection parameter (options, filters, additional or update fields). */
export function collectionOf(context: IExecuteFunctions, name: string, itemIndex: number) {
	return context.getNodeParameter(name, itemIndex, {}) as IDataObject;
}

/** The entries of a fixed collection with multiple values, e.g. `properties.property`. */
export function entriesOf<Entry>(
	context: IExecuteFunctions,
	name: string,
	key: string,
	itemIndex: number,
): Entry[] {
	return (collectionOf(context, name, itemIndex)[key] ?? []) as Entry[];
}

/** `limit` for the paginated helpers: undefined reads every page. */
export function chosenLimit(context: IExecuteFunctions, itemIndex: number): number | undefined {
	return context.getNodeParameter('returnAll', itemIndex, false)
		? undefined
		: (context.getNodeParameter('limit', itemIndex, 50) as number);
}

/** Group ids arrive as numbers from the list and as strings (or a comma list) from expressions. */
export function groupIds(value: unknown): number[] {
	return textList(value)
		.map(Number)
		.filter((id) => Number.isInteger(id) && id >= 0);
}

/** A group id from the list (a number) or an expression (a string). */
export function chosenGroupId(context: IExecuteFunctions, itemIndex: number): number {
	const value = context.getNodeParameter('groupId', itemIndex, 0);
	const id = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof id !== 'number' || !Number.isInteger(id) || id < 0) {
		throw new NodeOperationError(context.getNode(), `"${String(value)}" is not a group ID`, {
			itemIndex,
			description:
				'Choose a group from the list, or give its numeric ID (0 is the General group, which has every agent).',
		});
	}
	return id;
}

export function ignoreRequesterPresence(context: IExecuteFunctions, itemIndex: number) {
	return context.getNodeParameter('ignoreRequesterPresence', itemIndex, false) === true;
}

/** The `chat` fields of start_chat and resume_chat that come from the shared opening fields. */
export function chatOpening(context: IExecuteFunctions, itemIndex: number) {
	const text = optionalText(context, 'firstMessage', itemIndex);
	const chat: IDataObject = { access: { group_ids: [chosenGroupId(context, itemIndex)] } };
	if (text) chat.thread = { events: [{ type: 'message', text, visibility: 'all' }] };
	return {
		chat,
		active: context.getNodeParameter('active', itemIndex, true) !== false,
		continuous: context.getNodeParameter('continuous', itemIndex, false) === true,
	};
}

/** A property value from text: `boolean` true or false, `number` whole; undefined if it is not. */
export function typedValue(text: string, type: string): string | number | boolean | undefined {
	if (type === 'boolean') return text === 'true' ? true : text === 'false' ? false : undefined;
	if (type === 'number')
		return text !== '' && Number.isInteger(Number(text)) ? Number(text) : undefined;
	return text;
}

interface PropertyEntry {
	namespace?: string;
	name?: string;
	type?: string;
	value?: unknown;
}

function propertyEntries(context: IExecuteFunctions, itemIndex: number) {
	return entriesOf<PropertyEntry>(context, 'properties', 'property', itemIndex);
}

/** The Properties field's values, typed, as LiveChat takes them: `{ namespace: { name: value } }`. */
export function propertyValuesOf(context: IExecuteFunctions, itemIndex: number) {
	const values: Record<string, IDataObject> = {};
	for (const { namespace = '', name = '', type = 'string', value } of propertyEntries(
		context,
		itemIndex,
	)) {
		const label = `${namespace}.${name}`;
		if (!namespace.trim() || !name.trim()) {
			throw new NodeOperationError(context.getNode(), 'A property has no namespace or name', {
				itemIndex,
				description: 'Give every property its namespace and its name.',
			});
		}
		const text = String(value ?? '').trim();
		const typed = typedValue(text, type);
		if (typed === undefined) {
			throw new NodeOperationError(context.getNode(), `"${text}" is not a ${type} (${label})`, {
				itemIndex,
				description:
					type === 'boolean'
						? 'Give true or false.'
						: 'Give a whole number, or change the Type of the property.',
			});
		}
		(values[namespace.trim()] ??= {})[name.trim()] = typed as IDataObject[string];
	}
	if (!Object.keys(values).length) {
		throw new NodeOperationError(context.getNode(), 'No properties to update', {
			itemIndex,
			description: 'Add at least one property.',
		});
	}
	return values;
}

/** The Properties field's names, as LiveChat deletes them: `{ namespace: [name, …] }`. */
export function propertyNamesOf(context: IExecuteFunctions, itemIndex: number) {
	const names: Record<string, string[]> = {};
	for (const { namespace = '', name = '' } of propertyEntries(context, itemIndex)) {
		if (!namespace.trim() || !name.trim()) continue;
		(names[namespace.trim()] ??= []).push(name.trim());
	}
	if (!Object.keys(names).length) {
		throw new NodeOperationError(context.getNode(), 'No properties to delete', {
			itemIndex,
			description: 'Add at least one property with its namespace and name.',
		});
	}
	return names;
}

function propertyValue(text: string): unknown {
	if (text === 'true' || text === 'false') return text === 'true';
	return text !== '' && !Number.isNaN(Number(text)) ? Number(text) : text;
}

interface PropertyFilter {
	namespace: string;
	name: string;
	condition: 'exists' | 'notExists' | 'values' | 'exclude_values';
	values?: string;
}

/** `filters.properties.<namespace>.<name>.{exists|values|exclude_values}` */
function propertiesFilter(filters: PropertyFilter[]): IDataObject {
	const result: Record<string, IDataObject> = {};
	for (const { namespace, name, condition, values } of filters) {
		if (!namespace || !name) continue;
		(result[namespace] ??= {})[name] =
			condition === 'exists' || condition === 'notExists'
				? { exists: condition === 'exists' }
				: {
						[condition]: String(values ?? '')
							.split(',')
							.map((value) => propertyValue(value.trim())),
					};
	}
	return result;
}

/** The Properties filter of a Filters collection, as LiveChat's `filters.properties`. */
export function propertiesFilterOf(filters: IDataObject): IDataObject {
	return propertiesFilter(
		((filters.properties as IDataObject | undefined)?.property as PropertyFilter[]) ?? [],
	);
}
