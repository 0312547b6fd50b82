/**
 * The simulator's auto access rules follow LiveChat's method pages: conditions and access checked,
 * the rules kept as a list linked by `next_id`, and auto_accesses_updated naming every rule a call
 * touched, a moved neighbour before the rule itself (as the Webhooks page's samples show).
 */
import { callApi, type FiredWebhook, recordFiredWebhooks, SMITH } from '../helpers/simulatorCalls';
import { LiveChatSimulator } from './server';
import { SHOP_RULE_ID } from './state';

let sim: LiveChatSimulator;
let fired: FiredWebhook[];
const DOMAIN = { domain: { values: [{ value: 'example.com', exact_match: true }] } };

beforeEach(() => {
	sim = new LiveChatSimulator();
	fired = recordFiredWebhooks(sim);
});

const configuration = (method: string, body: object) =>
	callApi(sim, 'configuration', method, body, SMITH);
const add = (body: object) =>
	configuration('add_auto_access', { access: { groups: [1] }, conditions: DOMAIN, ...body });
const order = () => sim.state.autoAccesses.map((rule) => rule.description);

it('add_auto_access at the end: the old last rule points at it, then the rule itself', () => {
	const { body } = add({ description: 'Second' });
	expect(order()).toEqual(['Visitors from the shop', 'Second']);
	expect(fired).toEqual([
		{
			action: 'auto_accesses_updated',
			payload: [
				{ id: SHOP_RULE_ID, next_id: body.id, status: 'updated' },
				{
					id: body.id,
					description: 'Second',
					access: { groups: [1] },
					conditions: DOMAIN,
					next_id: '',
					status: 'added',
				},
			],
		},
	]);
});

it('add_auto_access before a rule takes its place; nothing else moves', () => {
	add({ description: 'First', next_id: SHOP_RULE_ID });
	expect(order()).toEqual(['First', 'Visitors from the shop']);
	expect(fired[0].payload).toEqual([
		expect.objectContaining({ next_id: SHOP_RULE_ID, status: 'added' }),
	]);
});

it.each([
	[{ conditions: {} }, 'at least one of url, domain, geolocation'],
	[
		{ conditions: { url: { values: [{ value: 'a' }], exclude_values: [{ value: 'b' }] } } },
		'may not be used with',
	],
	[{ conditions: { geolocation: { values: [{}] } } }, 'needs at least one field'],
	[{ access: { groups: [] } }, '`access.groups` is required'],
	[{ access: { groups: [7] } }, 'Group 7 not found'],
	[{ next_id: 'nope' }, 'Auto access nope not found'],
])('add_auto_access refuses %j', (body, message) => {
	expect(add(body).body.error?.message).toContain(message);
	expect(sim.state.autoAccesses).toHaveLength(1);
});

it('update_auto_access overwrites only what it is given and reorders by next_id', () => {
	const second = add({ description: 'Second' }).body.id as string;
	const third = add({ description: 'Third' }).body.id as string;
	fired.length = 0;
	// A -> B -> C, then {id: C, next_id: B}: A -> C -> B.
	expect(configuration('update_auto_access', { id: third, next_id: second }).status).toBe(200);
	expect(order()).toEqual(['Visitors from the shop', 'Third', 'Second']);
	expect(fired[0].payload).toEqual([
		{ id: SHOP_RULE_ID, next_id: third, status: 'updated' },
		{ id: second, next_id: '', status: 'updated' },
		{ id: third, next_id: second, status: 'updated' },
	]);
	configuration('update_auto_access', { id: third, description: 'Renamed' });
	expect(sim.state.autoAccesses[1]).toMatchObject({ description: 'Renamed', conditions: DOMAIN });
	expect(fired[1].payload).toEqual([{ id: third, description: 'Renamed', status: 'updated' }]);
});

it('delete_auto_access: the rule before takes its next_id', () => {
	const second = add({ description: 'Second' }).body.id as string;
	fired.length = 0;
	expect(configuration('delete_auto_access', { id: second }).status).toBe(200);
	expect(fired[0].payload).toEqual([
		{ id: SHOP_RULE_ID, next_id: '', status: 'updated' },
		{ id: second, status: 'deleted' },
	]);
	expect(configuration('list_auto_accesses', {}).body).toEqual([
		expect.objectContaining({ id: SHOP_RULE_ID, next_id: '' }),
	]);
});
