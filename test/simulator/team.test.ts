/**
 * The simulator's agents and groups follow LiveChat's v3.6 method pages: required fields, enums
 * and limits, the scopes (own vs others, the private ones), one membership seen from agents and
 * groups, and the agent_* and group_* webhooks with the fields of LiveChat's samples.
 */
import {
	basic,
	callApi,
	type FiredWebhook,
	recordFiredWebhooks,
	SMITH,
} from '../helpers/simulatorCalls';
import { LiveChatSimulator } from './server';
import { ADMIN, AGENT_PAT, PRIVATE_SCOPES_PAT } from './state';

const JONES = basic(AGENT_PAT.accountId, AGENT_PAT.token);
const SMITH_PRIVATE = basic(ADMIN.accountId, PRIVATE_SCOPES_PAT);

let sim: LiveChatSimulator;
let fired: FiredWebhook[];

beforeEach(() => {
	sim = new LiveChatSimulator();
	fired = recordFiredWebhooks(sim);
});

const configuration = (method: string, body: object, authorization = SMITH) =>
	callApi(sim, 'configuration', method, body, authorization);
const errorOf = (method: string, body: object, authorization = SMITH) =>
	configuration(method, body, authorization).body.error;

describe('agents', () => {
	it('create_agent: an agent awaiting approval in the given groups, and agent_created', () => {
		const answer = configuration('create_agent', {
			id: 'ada@example.com',
			name: 'Ada',
			groups: [{ id: 1, priority: 'last' }],
			work_scheduler: {
				timezone: 'Europe/Warsaw',
				schedule: [{ day: 'monday', enabled: true, start: '08:00', end: '12:00' }],
			},
		});
		expect(answer).toEqual({ status: 200, body: { id: 'ada@example.com' } });
		expect(sim.state.agent('ada@example.com')).toMatchObject({
			awaiting_approval: true,
			role: 'normal',
			groups: [{ id: 1, priority: 'last' }],
		});
		expect(sim.state.groups[1].agent_priorities['ada@example.com']).toBe('last');
		expect(fired).toEqual([
			{
				action: 'agent_created',
				payload: expect.objectContaining({
					id: 'ada@example.com',
					name: 'Ada',
					awaiting_approval: true,
					groups: [{ id: 1, priority: 'last' }],
					work_scheduler: expect.objectContaining({ timezone: 'Europe/Warsaw' }),
				}),
			},
		]);
	});

	it.each([
		[{ name: 'Ada' }, '`id` is required'],
		[{ id: 'ada', name: 'Ada' }, '`id` must be an email address'],
		[{ id: 'ada@example.com', name: 'Ada', max_chats_count: 21 }, 'between 0 and 20'],
		[{ id: 'ada@example.com', name: 'Ada', role: 'owner' }, '`role` must be'],
		[{ id: 'ada@example.com', name: 'Ada', login_status: 'accepting_chats' }, 'login_status'],
		[{ id: 'ada@example.com', name: 'Ada', notifications: ['chat'] }, '`notifications`'],
		[
			{
				id: 'ada@example.com',
				name: 'Ada',
				work_scheduler: {
					schedule: [{ day: 'monday', enabled: true, start: '08:00', end: '09:00' }],
				},
			},
			'`work_scheduler.timezone` is required',
		],
		[{ id: 'ada@example.com', name: 'Ada', groups: [{ id: 1 }] }, '`groups.priority` is required'],
	])('create_agent refuses %j', (body, message) => {
		expect(errorOf('create_agent', body)).toEqual({
			type: 'validation',
			message: expect.stringContaining(message),
		});
	});

	it('create_agent: skipping approval takes the private scope; an existing id already exists', () => {
		const body = { id: 'ada@example.com', name: 'Ada', awaiting_approval: false };
		expect(errorOf('create_agent', body)?.type).toBe('authorization');
		expect(configuration('create_agent', body, SMITH_PRIVATE).status).toBe(200);
		expect(sim.state.agent('ada@example.com')?.awaiting_approval).toBe(false);
		expect(errorOf('create_agent', body, SMITH_PRIVATE)?.type).toBe('already_exists');
	});

	it('get_agent: `avatar` and the fields asked for; list_agents: `avatar_path`', () => {
		const agent = configuration('get_agent', { id: 'jones@example.com', fields: ['groups'] });
		expect(Object.keys(agent.body).sort()).toEqual(
			['account_id', 'avatar', 'groups', 'id', 'login_status', 'name', 'role'].sort(),
		);
		const [first] = configuration('list_agents', {}).body as unknown as Array<object>;
		expect(Object.keys(first)).toContain('avatar_path');
	});

	it('an agent reads and changes themselves with --my, others only with --all', () => {
		// Jones's token has neither agents--my nor --all.
		expect(errorOf('get_agent', { id: 'jones@example.com' }, JONES)?.type).toBe('authorization');
		sim.state.addPat(AGENT_PAT.accountId, AGENT_PAT.token, ['agents--my:rw']);
		expect(configuration('get_agent', { id: 'jones@example.com' }, JONES).status).toBe(200);
		expect(errorOf('get_agent', { id: 'smith@example.com' }, JONES)?.message).toBe(
			'Scope agents--all:ro is required',
		);
		expect(
			configuration('update_agent', { id: 'jones@example.com', mobile: '1' }, JONES).status,
		).toBe(200);
	});

	it('update_agent: no `name` in v3.6; groups move the membership; agent_updated', () => {
		expect(errorOf('update_agent', { id: 'jones@example.com', name: 'J' })?.type).toBe(
			'validation',
		);
		const groups = [{ id: 1, priority: 'first' }];
		expect(configuration('update_agent', { id: 'jones@example.com', groups }).status).toBe(200);
		expect(sim.state.groups[0].agent_priorities).not.toHaveProperty('jones@example.com');
		expect(sim.state.groups[1].agent_priorities['jones@example.com']).toBe('first');
		expect(fired).toEqual([
			{ action: 'agent_updated', payload: { id: 'jones@example.com', groups } },
		]);
	});

	it('delete_agent: not the owner; the agent leaves every group; agent_deleted', () => {
		expect(errorOf('delete_agent', { id: ADMIN.email })?.message).toContain('owner');
		expect(configuration('delete_agent', { id: 'jones@example.com' }).status).toBe(200);
		expect(sim.state.agent('jones@example.com')).toBeUndefined();
		expect(sim.state.groups[0].agent_priorities).not.toHaveProperty('jones@example.com');
		expect(fired).toEqual([{ action: 'agent_deleted', payload: { id: 'jones@example.com' } }]);
	});

	it.each([
		['suspend_agent', 'sessions--all:rw', { suspended: true }, 'agent_suspended'],
		['unsuspend_agent', 'subscription.lc:rw', { suspended: false }, 'agent_unsuspended'],
		['approve_agent', 'subscription.lc:rw', { awaiting_approval: false }, 'agent_approved'],
	])(
		'%s needs the private %s, then changes the agent and fires its webhook',
		(method, scope, state, action) => {
			const jones = sim.state.agent('jones@example.com')!;
			Object.assign(jones, {
				suspended: !('suspended' in state && state.suspended),
				awaiting_approval: true,
			});
			expect(errorOf(method, { id: jones.id })).toEqual({
				type: 'authorization',
				message: `Scope ${scope} is required`,
			});
			expect(configuration(method, { id: jones.id }, SMITH_PRIVATE).status).toBe(200);
			expect(jones).toMatchObject(state);
			expect(fired).toEqual([{ action, payload: { id: jones.id } }]);
		},
	);
});

describe('groups', () => {
	it('create_group: needs agent_priorities, known agents, a name of at most 180; group_created', () => {
		expect(errorOf('create_group', { name: 'Returns' })?.message).toBe(
			'`agent_priorities` is required',
		);
		expect(
			errorOf('create_group', { name: 'x'.repeat(181), agent_priorities: {} })?.message,
		).toContain('180');
		expect(
			errorOf('create_group', { name: 'R', agent_priorities: { 'nobody@example.com': 'normal' } })
				?.type,
		).toBe('not_found');
		const answer = configuration('create_group', {
			name: 'Returns',
			agent_priorities: { 'jones@example.com': 'last' },
		});
		expect(answer.body).toEqual({ id: 2 });
		expect(sim.state.agent('jones@example.com')?.groups).toContainEqual({
			id: 2,
			priority: 'last',
		});
		expect(fired).toEqual([
			{
				action: 'group_created',
				payload: {
					id: 2,
					name: 'Returns',
					language_code: 'en',
					agent_priorities: { 'jones@example.com': 'last' },
				},
			},
		]);
	});

	it('get_group with fields, group_not_found for an unknown id, --my for members only', () => {
		expect(configuration('get_group', { id: 1, fields: ['routing_status'] }).body).toEqual({
			id: 1,
			name: 'Sales',
			language_code: 'en',
			routing_status: 'not_accepting_chats',
		});
		expect(errorOf('get_group', { id: 9 })?.type).toBe('group_not_found');
		sim.state.addPat(AGENT_PAT.accountId, AGENT_PAT.token, ['groups--my:ro']);
		expect(configuration('get_group', { id: 0 }, JONES).status).toBe(200);
		expect(errorOf('get_group', { id: 1 }, JONES)?.message).toBe(
			'Scope groups--all:ro is required',
		);
	});

	it('update_group replaces agent_priorities and fires group_updated with what changed', () => {
		const priorities = { 'jones@example.com': 'first' };
		expect(configuration('update_group', { id: 1, agent_priorities: priorities }).status).toBe(200);
		expect(sim.state.groups[1].agent_priorities).toEqual(priorities);
		expect(sim.state.agent(ADMIN.email)?.groups.map((group) => group.id)).not.toContain(1);
		expect(fired).toEqual([
			{ action: 'group_updated', payload: { id: 1, agent_priorities: priorities } },
		]);
	});

	it('delete_group: never General; group_deleted', () => {
		expect(errorOf('delete_group', { id: 0 })?.message).toContain('General');
		expect(configuration('delete_group', { id: 1 }).status).toBe(200);
		expect(sim.state.groups.map((group) => group.id)).toEqual([0]);
		expect(fired).toEqual([{ action: 'group_deleted', payload: { id: 1 } }]);
	});
});
