/**
 * The simulator's Configuration API properties follow the Properties section: what register takes
 * (domain, range, a default only for license or group locations), unregister and publish, and the
 * values of license and group properties with their defaults, types and namespaces' scopes.
 */
import { basic, callApi, SMITH } from '../helpers/simulatorCalls';
import { LiveChatSimulator } from './server';
import { ADMIN, APP_CLIENT_ID } from './state';

let sim: LiveChatSimulator;
beforeEach(() => {
	sim = new LiveChatSimulator();
});

const configuration = (method: string, body: object, authorization = SMITH) =>
	callApi(sim, 'configuration', method, body, authorization);
const register = (fields: object) =>
	configuration('register_property', {
		name: 'tier',
		owner_client_id: APP_CLIENT_ID,
		type: 'int',
		access: { license: { agent: ['read', 'write'] }, group: { agent: ['read', 'write'] } },
		...fields,
	});

it('register_property keeps domain, range and default; list_properties shows them', () => {
	expect(
		register({ range: { from: 1, to: 3 }, default_value: 2, description: 'Plan' }).status,
	).toBe(200);
	expect(configuration('list_properties', { owner_client_id: APP_CLIENT_ID }).body).toEqual({
		tier: {
			type: 'int',
			description: 'Plan',
			access: { license: { agent: ['read', 'write'] }, group: { agent: ['read', 'write'] } },
			range: { from: 1, to: 3 },
			default_value: 2,
		},
	});
});

it.each([
	[{ access: { chat: { agent: ['read'] } }, default_value: 1 }, 'license or group location'],
	[{ default_value: 9, range: { to: 3 } }, 'out of its range'],
	[{ domain: ['a'] }, 'list of int values'],
	[{ type: 'string', range: { from: 1 } }, '`range` is for int properties'],
	[{ access: { chat: { visitor: ['read'] } } }, 'is not a user'],
	[{ access: { chat: { agent: ['delete'] } } }, 'only read and write'],
])('register_property refuses %j', (fields, message) => {
	expect(register(fields).body.error?.message).toContain(message);
});

it('publish_property sets public access; a published property cannot be unregistered', () => {
	register({});
	const named = { name: 'tier', owner_client_id: APP_CLIENT_ID };
	expect(configuration('publish_property', { ...named, access_type: [] }).body.error?.type).toBe(
		'validation',
	);
	expect(configuration('publish_property', { ...named, access_type: ['read'] }).status).toBe(200);
	expect(configuration('unregister_property', named).body.error?.message).toBe(
		'Published properties cannot be unregistered',
	);
	expect(configuration('unregister_property', { ...named, name: 'nope' }).body.error?.type).toBe(
		'not_found',
	);
});

it('license values: defaults until set, typed and within the domain; delete brings the default back', () => {
	register({ domain: [1, 2, 3], default_value: 1 });
	const values = () => configuration('list_license_properties', {}).body;
	expect(values()).toEqual({ [APP_CLIENT_ID]: { tier: 1 } });
	const set = (tier: unknown) =>
		configuration('update_license_properties', { properties: { [APP_CLIENT_ID]: { tier } } });
	expect(set(5).body.error?.message).toContain('domain');
	expect(set('2').body.error?.message).toContain('type int');
	expect(set(3).status).toBe(200);
	expect(values()).toEqual({ [APP_CLIENT_ID]: { tier: 3 } });
	configuration('delete_license_properties', { properties: { [APP_CLIENT_ID]: ['tier'] } });
	expect(values()).toEqual({ [APP_CLIENT_ID]: { tier: 1 } });
	// A chat-only predefined property is no license property.
	expect(
		configuration('update_license_properties', { properties: { routing: { pinned: true } } }).body
			.error?.message,
	).toContain('not writable for agents in a license');
});

it('group values: `group_id` to set, `id` to delete, every group listed for []', () => {
	const properties = { test: { string_property: 'sales' } };
	expect(configuration('update_group_properties', { id: 1, properties }).body.error?.message).toBe(
		'`group_id` is required',
	);
	expect(configuration('update_group_properties', { group_id: 1, properties }).status).toBe(200);
	expect(configuration('list_groups_properties', { group_ids: [] }).body).toEqual([
		{ id: 0, properties: {} },
		{ id: 1, properties },
	]);
	expect(
		configuration('delete_group_properties', { id: 1, properties: { test: ['string_property'] } })
			.status,
	).toBe(200);
	expect(configuration('list_groups_properties', { group_ids: [1] }).body).toEqual([
		{ id: 1, properties: {} },
	]);
});

it("another app's namespace needs the --all value scope", () => {
	const own = basic(ADMIN.accountId, 'sim-pat-own-values');
	sim.state.addPat(ADMIN.accountId, 'sim-pat-own-values', ['properties.license.value--my:rw']);
	const answer = configuration(
		'update_license_properties',
		{ properties: { test: { string_property: 'x' } } },
		own,
	);
	expect(answer.body.error).toEqual({
		type: 'authorization',
		message: 'Scope properties.license.value--all:rw is required',
	});
});
