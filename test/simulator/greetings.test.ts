/**
 * The simulator's greetings follow create_greeting's documented rules, and list_greetings pages
 * like LiveChat's other cursor lists (`groups` and `limit` only on the first request).
 */
import { callApi, SMITH } from '../helpers/simulatorCalls';
import { LiveChatSimulator } from './server';

let sim: LiveChatSimulator;
beforeEach(() => {
	sim = new LiveChatSimulator();
});

const configuration = (method: string, body: object) =>
	callApi(sim, 'configuration', method, body, SMITH);
const valid = {
	type: 'normal',
	active: true,
	name: 'Pricing help',
	group: 1,
	rules: [{ condition: 'and', type: 'url_current', operator: 'contains', value: '/pricing' }],
};
const rule = (fields: object) => ({ ...valid, rules: [{ condition: 'and', ...fields }] });

it('create_greeting answers the new id; get_greeting returns what was stored', () => {
	expect(configuration('create_greeting', valid).body).toEqual({ id: 2 });
	expect(configuration('get_greeting', { id: 2 }).body).toEqual({ id: 2, ...valid });
});

it.each([
	[{ ...valid, name: undefined }, '`name` is required'],
	[{ ...valid, type: 'popup' }, '`type` must be normal or announcement'],
	[{ ...valid, group: 9 }, 'Group 9 not found'],
	[{ ...valid, rules: [] }, '`rules` is required'],
	[{ ...valid, rules: Array(11).fill(valid.rules[0]) }, 'at most 10 rules'],
	[rule({ type: 'visit_time_site', operator: 'equals', value: '901' }), 'between 0 and 900'],
	[rule({ type: 'url_current', value: '/x' }), '`rules[0].operator` is required'],
	[rule({ type: 'url_funnel' }), '`rules[0].urls` is required'],
	[rule({ type: 'url_funnel', urls: [{ url: '/a' }] }), '`rules[0].urls.operator` is required'],
	[rule({ type: 'custom_variable', session_field: { a: '1', b: '2' } }), 'exactly one key'],
	[rule({ type: 'ads_traffic', session_field: { bing: 'x' } }), 'must be one of'],
	[{ ...valid, properties: { text: 'Hi' } }, 'unknown keys: text'],
	[{ ...valid, active_from: 'tomorrow' }, 'RFC 3339'],
])('create_greeting refuses %j', (body, message) => {
	expect(configuration('create_greeting', body).body.error).toEqual({
		type: expect.stringMatching(/validation|not_found/),
		message: expect.stringContaining(message),
	});
});

it('list_greetings filters by groups and pages with page_id alone', () => {
	for (let index = 0; index < 4; index++) configuration('create_greeting', valid);
	const first = configuration('list_greetings', { groups: [1], limit: 3 }).body;
	expect(first).toMatchObject({ found_greetings: 4, next_page_id: expect.any(String) });
	expect((first.greetings as unknown[]).length).toBe(3);
	const refused = configuration('list_greetings', { page_id: first.next_page_id, groups: [1] });
	expect(refused.body.error?.message).toBe('groups cannot be used with page_id');
	const second = configuration('list_greetings', { page_id: first.next_page_id }).body;
	expect(second.greetings).toEqual([expect.objectContaining({ id: 5 })]);
	expect(second).not.toHaveProperty('next_page_id');
});

it('update_greeting changes only the fields given; delete_greeting removes it', () => {
	expect(configuration('update_greeting', { id: 1, active: false }).status).toBe(200);
	expect(sim.state.greetings[0]).toMatchObject({ active: false, name: 'Welcome greeting' });
	expect(configuration('update_greeting', { id: 1, group: 1 }).body.error?.type).toBe('validation');
	expect(configuration('delete_greeting', { id: 1 }).status).toBe(200);
	expect(configuration('get_greeting', { id: 1 }).body.error?.type).toBe('not_found');
});
