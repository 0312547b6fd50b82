/**
 * Properties: what the Configuration API registers (register, unregister, publish, list), the
 * values of license and group properties (update, list, delete), and the checks chat and thread
 * properties share (content.ts): a value only for a registered, predefined or `test` property,
 * writable for agents where it is stored, of its type (and domain or range).
 *
 * Facts: the Configuration API's Properties section and the samples listProperties,
 * listLicenseProperties and listGroupsProperties. ⚠️ update_group_properties names the group
 * `group_id`, delete_group_properties `id`, as the method pages write them.
 */
import type { Call, MethodGroup } from './calls';
import { ownerClientId, required } from './calls';
import { LiveChatError, notFound, validation } from './errors';
import { hasScope } from './scopes';
import type { LiveChatState, RegisteredProperty } from './state';

const LOCATIONS = ['chat', 'thread', 'event', 'license', 'group'];
const USERS = ['agent', 'customer'];
const ACCESS = ['read', 'write'];

type PropertyType = RegisteredProperty['type'];
/** A predefined or registered property; predefined ones may be read-only for agents. */
type PropertyDefinition = RegisteredProperty;

const CHAT_RW = { chat: { agent: ['read', 'write'] } };

/** Predefined namespaces every license has (a few of their properties), and the free `test` one. */
const PREDEFINED: Record<string, Record<string, PropertyDefinition>> = {
	// Writable in chats only (§3.2); `chats.formatting` is an event property (§2).
	routing: {
		continuous: { type: 'bool', writable: false },
		ignore_agents_routing: { type: 'bool', writable: true, access: CHAT_RW },
		pinned: { type: 'bool', writable: true, access: CHAT_RW },
	},
	chats: {
		formatting: { type: 'string', writable: true, access: { event: { agent: ['read', 'write'] } } },
	},
	source: {
		client_id: { type: 'string', writable: false },
		customer_client_id: { type: 'string', writable: false },
	},
	rating: {
		score: { type: 'int', writable: false },
		comment: { type: 'string', writable: false },
	},
	test: {
		bool_property: { type: 'bool', writable: true },
		int_property: { type: 'int', writable: true },
		string_property: { type: 'string', writable: true },
		tokenized_string_property: { type: 'tokenized_string', writable: true },
	},
};

/** Where a property lives (register_property's `access.<location>`). */
export type Location = 'chat' | 'thread' | 'event' | 'license' | 'group';

function definitionOf(state: LiveChatState, location: Location, namespace: string, name: string) {
	const registered = state.registeredProperties.get(namespace)?.[name];
	const definition = PREDEFINED[namespace]?.[name] ?? registered;
	if (!definition)
		throw validation(
			`Property ${namespace}.${name} is not registered: register it first (register_property)`,
		);
	if (!definition.writable) throw validation(`Property ${namespace}.${name} is read-only`);
	// A registered property is written only where its access lets agents write it.
	if (definition.access && !definition.access[location]?.agent?.includes('write'))
		throw validation(`Property ${namespace}.${name} is not writable for agents in a ${location}`);
	return definition;
}

function fitsType(type: PropertyType, value: unknown) {
	if (type === 'bool') return typeof value === 'boolean';
	if (type === 'int') return Number.isInteger(value) && Math.abs(value as number) < 2 ** 31;
	return typeof value === 'string';
}

/** A value of the property's type, within its domain or range. */
function checkValue(definition: PropertyDefinition, label: string, value: unknown) {
	if (!fitsType(definition.type, value))
		throw validation(`Property ${label} must be of type ${definition.type}`);
	if (definition.domain && !definition.domain.includes(value))
		throw validation(`Property ${label} must be one of its domain`);
	const { from, to } = definition.range ?? {};
	if (
		(from !== undefined && (value as number) < from) ||
		(to !== undefined && (value as number) > to)
	)
		throw validation(`Property ${label} is out of its range`);
}

/** `{ ns: { name: value } }`, each registered, writable and of its type. */
export function checkedValues(state: LiveChatState, location: Location, properties: unknown) {
	if (typeof properties !== 'object' || properties === null || !Object.keys(properties).length)
		throw validation('`properties` is required');
	for (const [namespace, values] of Object.entries(properties as Record<string, unknown>)) {
		if (typeof values !== 'object' || values === null)
			throw validation(`\`properties.${namespace}\` must be an object`);
		for (const [name, value] of Object.entries(values))
			checkValue(definitionOf(state, location, namespace, name), `${namespace}.${name}`, value);
	}
	return properties as Record<string, Record<string, unknown>>;
}

/** `{ ns: [names] }`, each registered and writable. */
export function checkedNames(state: LiveChatState, location: Location, properties: unknown) {
	if (typeof properties !== 'object' || properties === null || !Object.keys(properties).length)
		throw validation('`properties` is required');
	for (const [namespace, names] of Object.entries(properties as Record<string, unknown>)) {
		if (!Array.isArray(names) || !names.length)
			throw validation(`\`properties.${namespace}\` must be a list of names`);
		for (const name of names) definitionOf(state, location, namespace, String(name));
	}
	return properties as Record<string, string[]>;
}

export function setValues(
	target: Record<string, Record<string, unknown>>,
	values: Record<string, Record<string, unknown>>,
) {
	for (const [namespace, named] of Object.entries(values))
		target[namespace] = { ...target[namespace], ...named };
}

export function deleteNames(
	target: Record<string, Record<string, unknown>>,
	names: Record<string, string[]>,
) {
	for (const [namespace, list] of Object.entries(names)) {
		for (const name of list) delete target[namespace]?.[name];
		if (target[namespace] && !Object.keys(target[namespace]).length) delete target[namespace];
	}
}

/** `access`: at least one location, each with agent and/or customer read/write. */
function checkedAccess(value: unknown) {
	const access = value as Record<string, Record<string, unknown>> | undefined;
	if (typeof access !== 'object' || access === null || !Object.keys(access).length)
		throw validation(`\`access\` needs at least one location of ${LOCATIONS.join(', ')}`);
	for (const [location, users] of Object.entries(access)) {
		if (!LOCATIONS.includes(location)) throw validation(`\`access.${location}\` is not a location`);
		if (typeof users !== 'object' || users === null || !Object.keys(users).length)
			throw validation(`\`access.${location}\` needs agent or customer`);
		for (const [user, rights] of Object.entries(users)) {
			if (!USERS.includes(user)) throw validation(`\`access.${location}.${user}\` is not a user`);
			if (!Array.isArray(rights) || rights.some((right) => !ACCESS.includes(String(right))))
				throw validation(`\`access.${location}.${user}\` may hold only read and write`);
		}
	}
	return access as Record<string, Record<string, string[]>>;
}

function registeredOf(call: Call) {
	const owner = ownerClientId(call);
	const name = required(call.body, 'name');
	const property = call.state.registeredProperties.get(owner)?.[name];
	if (!property) throw notFound(`Property ${name} not found`);
	return { owner, name, property };
}

/** The license's or a group's values, with the defaults of properties stored there. */
function valuesWithDefaults(
	state: LiveChatState,
	location: 'license' | 'group',
	values: Record<string, Record<string, unknown>>,
	body: Record<string, unknown>,
) {
	const all: Record<string, Record<string, unknown>> = {};
	for (const [namespace, properties] of state.registeredProperties) {
		for (const [name, property] of Object.entries(properties)) {
			if (property.default_value !== undefined && property.access?.[location])
				(all[namespace] ??= {})[name] = property.default_value;
		}
	}
	setValues(all, values);
	const prefix = typeof body.name_prefix === 'string' ? body.name_prefix : '';
	return Object.fromEntries(
		Object.entries(all)
			.filter(([namespace]) => body.namespace === undefined || namespace === body.namespace)
			.map(([namespace, named]) => [
				namespace,
				Object.fromEntries(Object.entries(named).filter(([name]) => name.startsWith(prefix))),
			])
			.filter(([, named]) => Object.keys(named).length),
	);
}

/** Another app's namespace needs the `--all` scope of the value kind (license or group). */
function requireNamespaces(
	call: Call,
	kind: 'license' | 'group',
	mode: 'ro' | 'rw',
	namespaces: string[],
) {
	if (namespaces.every((namespace) => namespace === call.caller.clientId)) return;
	const scope = `properties.${kind}.value--all:${mode}`;
	if (!hasScope(call.caller.scopes ?? [], scope))
		throw new LiveChatError('authorization', `Scope ${scope} is required`);
}

function findGroupId(state: LiveChatState, id: unknown, field: string) {
	if (!Number.isInteger(id)) throw validation(`\`${field}\` is required`);
	if (!state.groups.some((group) => group.id === id))
		throw notFound(`Group ${String(id)} not found`);
	return id as number;
}

export const propertyMethods: MethodGroup = {
	configuration: {
		register_property(call) {
			const { state, body } = call;
			const name = required(body, 'name');
			const owner = ownerClientId(call);
			const type = required(body, 'type') as PropertyType;
			if (!['bool', 'int', 'string', 'tokenized_string'].includes(type))
				throw validation('`type` must be int, bool, string or tokenized_string');
			const access = checkedAccess(body.access);
			const registered = state.registeredProperties.get(owner) ?? {};
			if (registered[name]) throw new LiveChatError('already_exists', `Property ${name} exists`);
			const property: RegisteredProperty = { type, writable: true, access };
			if (body.description !== undefined) property.description = String(body.description);
			if (body.domain !== undefined) {
				if (!Array.isArray(body.domain) || !body.domain.every((value) => fitsType(type, value)))
					throw validation(`\`domain\` must be a list of ${type} values`);
				property.domain = body.domain;
			}
			if (body.range !== undefined) {
				const { from, to } = body.range as { from?: unknown; to?: unknown };
				if (type !== 'int' || [from, to].some((end) => end !== undefined && !Number.isInteger(end)))
					throw validation('`range` is for int properties, with integer `from` and `to`');
				property.range = body.range as RegisteredProperty['range'];
			}
			if (body.default_value !== undefined) {
				// "possible only if access.<location> is set to license or to group".
				if (!access.license && !access.group)
					throw validation('`default_value` needs a license or group location in `access`');
				checkValue(property, name, body.default_value);
				property.default_value = body.default_value;
			}
			registered[name] = property;
			state.registeredProperties.set(owner, registered);
			return {};
		},
		unregister_property(call) {
			const { owner, name, property } = registeredOf(call);
			if (property.public_access) throw validation('Published properties cannot be unregistered');
			delete call.state.registeredProperties.get(owner)![name];
			return {};
		},
		publish_property(call) {
			const { property } = registeredOf(call);
			const accessType = call.body.access_type;
			if (
				!Array.isArray(accessType) ||
				!accessType.length ||
				accessType.some((right) => !ACCESS.includes(String(right)))
			)
				throw validation('`access_type` must hold read and/or write');
			property.public_access = accessType.map(String);
			return {};
		},
		list_properties(call) {
			const owner = ownerClientId(call);
			return Object.fromEntries(
				Object.entries(call.state.registeredProperties.get(owner) ?? {}).map(
					([name, { writable: _writable, ...shown }]) => [name, { description: '', ...shown }],
				),
			);
		},
		update_license_properties(call) {
			const values = checkedValues(call.state, 'license', call.body.properties);
			requireNamespaces(call, 'license', 'rw', Object.keys(values));
			setValues(call.state.licenseProperties, values);
			return {};
		},
		list_license_properties(call) {
			return valuesWithDefaults(call.state, 'license', call.state.licenseProperties, call.body);
		},
		delete_license_properties(call) {
			const names = checkedNames(call.state, 'license', call.body.properties);
			requireNamespaces(call, 'license', 'rw', Object.keys(names));
			deleteNames(call.state.licenseProperties, names);
			return {};
		},
		update_group_properties(call) {
			const { state, body } = call;
			const id = findGroupId(state, body.group_id, 'group_id');
			const values = checkedValues(state, 'group', body.properties);
			requireNamespaces(call, 'group', 'rw', Object.keys(values));
			const stored = state.groupProperties.get(id) ?? {};
			setValues(stored, values);
			state.groupProperties.set(id, stored);
			return {};
		},
		list_groups_properties({ state, body }) {
			if (!Array.isArray(body.group_ids)) throw validation('`group_ids` is required');
			const ids = body.group_ids.length
				? body.group_ids.map((id) => findGroupId(state, id, 'group_ids'))
				: state.groups.map((group) => group.id);
			return ids.map((id) => ({
				id,
				properties: valuesWithDefaults(state, 'group', state.groupProperties.get(id) ?? {}, body),
			}));
		},
		delete_group_properties(call) {
			const { state, body } = call;
			const id = findGroupId(state, body.id, 'id');
			const names = checkedNames(state, 'group', body.properties);
			requireNamespaces(call, 'group', 'rw', Object.keys(names));
			deleteNames(state.groupProperties.get(id) ?? {}, names);
			return {};
		},
	},
	agent: {},
};
