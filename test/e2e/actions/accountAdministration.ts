/**
 * The account's agents, groups, routing rules, greetings and properties, and a bot's secret, from
 * the action node (A10–A15), in the action node suite's n8n: the Configuration API calls each
 * operation makes, as the simulator recorded them, and the items n8n passes on.
 */
import type { SimulatorClient } from '../../simulator/client';
import {
	ADMIN,
	APP_CLIENT_ID,
	BOT_ID,
	BOT_SECRET,
	LIVE_CHAT_ID,
	PRIVATE_SCOPES_PAT,
	SHOP_RULE_ID,
} from '../../simulator/state';
import {
	createActionWorkflow,
	lastExecutionError,
	runActionWorkflow,
	runOk,
} from '../support/actionWorkflows';
import type { CredentialRef } from '../support/livechat';
import { saveCredential, SEEDED_BOT_DATA } from '../support/livechat';
import type { N8n } from '../support/n8n';
import { PAT_DATA } from '../support/n8nWithSimulator';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

export function accountAdministrationScenarios(context: {
	n8n: N8n;
	sim: SimulatorClient;
	pat: CredentialRef;
}) {
	test('A10. agents: create in a group, get, update, list, suspend (refused, then with the private scope), delete', async () => {
		const { n8n, sim, pat } = context;
		const agent = byId("={{ $('Create').item.json.id }}");
		const workflow = await createActionWorkflow(n8n, 'Agent lifecycle', pat, [
			{
				name: 'Create',
				parameters: {
					resource: 'agent',
					operation: 'create',
					email: '={{ $json.email }}',
					name: '={{ $json.name }}',
					additionalFields: {
						groups: { group: [{ ids: [1], priority: 'last' }] },
						workTimeZone: 'Europe/Warsaw',
						workingHours: { hours: [{ day: 'monday', start: '09:00', end: '17:00' }] },
					},
				},
			},
			{
				name: 'Update',
				parameters: {
					resource: 'agent',
					operation: 'update',
					agent,
					updateFields: { jobTitle: 'Returns', maxChatsCount: 4 },
				},
			},
			{ name: 'Get', parameters: { resource: 'agent', operation: 'get', agent } },
		]);
		const [got] = await runOk(workflow, [{ email: 'ada@example.com', name: 'Ada Example' }]);
		expect(got).toMatchObject({
			id: 'ada@example.com',
			name: 'Ada Example',
			job_title: 'Returns',
			max_chats_count: 4,
			awaiting_approval: true,
			groups: [{ id: 1, priority: 'last' }],
			work_scheduler: {
				timezone: 'Europe/Warsaw',
				schedule: [{ day: 'monday', enabled: true, start: '09:00', end: '17:00' }],
			},
		});
		expect((await sim.calls()).map((call) => [call.method, call.status])).toEqual([
			['create_agent', 200],
			['update_agent', 200],
			['get_agent', 200],
		]);

		const list = await createActionWorkflow(n8n, 'Agents of Sales', pat, [
			{
				name: 'Agents',
				parameters: {
					resource: 'agent',
					operation: 'getMany',
					returnAll: true,
					filters: { groupIds: [1] },
				},
			},
		]);
		expect((await runOk(list, [{}])).map((item) => item.id)).toEqual([
			ADMIN.email,
			'ada@example.com',
		]);

		// The admin's token lacks LiveChat's private scope: the error says so and what to do.
		const suspend = (credential: CredentialRef, name: string) =>
			createActionWorkflow(n8n, name, credential, [
				{
					name: 'Suspend',
					parameters: { resource: 'agent', operation: 'suspend', agent: byId('={{ $json.id }}') },
				},
			]);
		const refused = await suspend(pat, 'Suspend (public scopes)');
		expect((await runActionWorkflow(refused, [{ id: 'ada@example.com' }])).status).toBe(500);
		expect(await lastExecutionError(n8n, refused)).toMatchObject({
			message:
				'LiveChat refused suspend_agent for agent ada@example.com: it is not yet open to apps',
			description: expect.stringContaining('Agent → Delete'),
		});
		const privateToken = await saveCredential(n8n, 'liveChatApi', 'LiveChat private', {
			...PAT_DATA,
			accessToken: PRIVATE_SCOPES_PAT,
		});
		const suspended = await suspend(privateToken, 'Suspend (private scope)');
		expect(await runOk(suspended, [{ id: 'ada@example.com' }])).toEqual([
			{ id: 'ada@example.com', suspended: true },
		]);

		const remove = await createActionWorkflow(n8n, 'Offboard', pat, [
			{
				name: 'Delete',
				parameters: { resource: 'agent', operation: 'delete', agent: byId('={{ $json.id }}') },
			},
		]);
		expect(await runOk(remove, [{ id: 'ada@example.com' }])).toEqual([
			{ id: 'ada@example.com', deleted: true },
		]);
		expect((await sim.calls('delete_agent')).map((call) => call.body)).toEqual([
			{ id: 'ada@example.com' },
		]);
	});

	test('A11. groups: create with agents, rename, get, list, delete', async () => {
		const { n8n, sim, pat } = context;
		const groupId = "={{ $('Create').item.json.id }}";
		const workflow = await createActionWorkflow(n8n, 'Group lifecycle', pat, [
			{
				name: 'Create',
				parameters: {
					resource: 'group',
					operation: 'create',
					name: 'Returns',
					agents: { agent: [{ id: 'jones@example.com', priority: 'first' }] },
					additionalFields: { languageCode: 'de' },
				},
			},
			{
				name: 'Update',
				parameters: {
					resource: 'group',
					operation: 'update',
					groupId,
					updateFields: { name: 'Returns EU' },
				},
			},
			{ name: 'Get', parameters: { resource: 'group', operation: 'get', groupId } },
		]);
		expect(await runOk(workflow, [{}])).toEqual([
			{
				id: 2,
				name: 'Returns EU',
				language_code: 'de',
				agent_priorities: { 'jones@example.com': 'first' },
				routing_status: 'offline',
			},
		]);
		expect((await sim.calls()).map((call) => [call.method, call.body])).toEqual([
			[
				'create_group',
				{
					name: 'Returns',
					language_code: 'de',
					agent_priorities: { 'jones@example.com': 'first' },
				},
			],
			['update_group', { id: 2, name: 'Returns EU' }],
			['get_group', { id: 2, fields: ['agent_priorities', 'routing_status'] }],
		]);
		const cleanUp = await createActionWorkflow(n8n, 'Remove group', pat, [
			{
				name: 'Delete',
				parameters: { resource: 'group', operation: 'delete', groupId: '={{ $json.id }}' },
			},
			{ name: 'Groups', parameters: { resource: 'group', operation: 'getMany', returnAll: true } },
		]);
		expect((await runOk(cleanUp, [{ id: 2 }])).map((group) => group.name)).toEqual([
			'General',
			'Sales',
		]);
	});

	test('A12. routing rules: create before the first, list in order, move to the end, delete', async () => {
		const { n8n, sim, pat } = context;
		const workflow = await createActionWorkflow(n8n, 'Routing rules', pat, [
			{
				name: 'Create',
				parameters: {
					resource: 'autoAccess',
					operation: 'create',
					groupIds: [1],
					conditions: {
						urlMatches: { match: [{ value: '/pricing', exactMatch: false }] },
						locations: { location: [{ countryCode: 'DE' }] },
					},
					description: 'German pricing page',
					nextId: SHOP_RULE_ID,
				},
			},
			{
				name: 'Rules',
				parameters: { resource: 'autoAccess', operation: 'getMany', returnAll: true },
			},
		]);
		const rules = await runOk(workflow, [{}]);
		expect(rules.map((rule) => [rule.position, rule.description])).toEqual([
			[1, 'German pricing page'],
			[2, 'Visitors from the shop'],
		]);
		const moveAndDelete = await createActionWorkflow(n8n, 'Move rule', pat, [
			{
				name: 'Move',
				parameters: {
					resource: 'autoAccess',
					operation: 'update',
					ruleId: '={{ $json.id }}',
					updateFields: { nextId: '' },
				},
			},
			{
				name: 'Delete',
				parameters: { resource: 'autoAccess', operation: 'delete', ruleId: '={{ $json.id }}' },
			},
		]);
		expect(await runOk(moveAndDelete, [{ id: rules[0].id }])).toEqual([
			{ id: rules[0].id, deleted: true },
		]);
		expect((await sim.calls()).map((call) => [call.method, call.body])).toEqual([
			[
				'add_auto_access',
				{
					access: { groups: [1] },
					conditions: {
						url: { values: [{ value: '/pricing', exact_match: false }] },
						geolocation: { values: [{ country_code: 'DE' }] },
					},
					description: 'German pricing page',
					next_id: SHOP_RULE_ID,
				},
			],
			['list_auto_accesses', {}],
			['update_auto_access', { id: rules[0].id, next_id: '' }],
			['delete_auto_access', { id: rules[0].id }],
		]);
	});

	test('A13. greetings: create with rules and a message, turn off, list, delete', async () => {
		const { n8n, sim, pat } = context;
		const greetingId = "={{ $('Create').item.json.id }}";
		const workflow = await createActionWorkflow(n8n, 'Greeting', pat, [
			{
				name: 'Create',
				parameters: {
					resource: 'greeting',
					operation: 'create',
					name: 'Pricing help',
					groupId: 1,
					message: 'Need help choosing a plan?',
					rules: {
						rule: [
							{ condition: 'and', type: 'url_current', operator: 'contains', value: '/pricing' },
							{ condition: 'and', type: 'visit_time_page', operator: 'greater_than', value: '20' },
						],
					},
					active: true,
				},
			},
			{
				name: 'Turn Off',
				parameters: {
					resource: 'greeting',
					operation: 'update',
					greetingId,
					updateFields: { active: false },
				},
			},
			{ name: 'Get', parameters: { resource: 'greeting', operation: 'get', greetingId } },
		]);
		expect(await runOk(workflow, [{}])).toEqual([
			{
				id: 2,
				type: 'normal',
				active: false,
				name: 'Pricing help',
				group: 1,
				rules: [
					{ condition: 'and', type: 'url_current', operator: 'contains', value: '/pricing' },
					{ condition: 'and', type: 'visit_time_page', operator: 'greater_than', value: '20' },
				],
				properties: { 'greeting-message_text': 'Need help choosing a plan?' },
			},
		]);
		const cleanUp = await createActionWorkflow(n8n, 'Greetings', pat, [
			{
				name: 'Delete',
				parameters: { resource: 'greeting', operation: 'delete', greetingId: '={{ $json.id }}' },
			},
			{
				name: 'Greetings',
				parameters: { resource: 'greeting', operation: 'getMany', returnAll: true, filters: {} },
			},
		]);
		expect((await runOk(cleanUp, [{ id: 2 }])).map((greeting) => greeting.name)).toEqual([
			'Welcome greeting',
		]);
		expect((await sim.calls()).map((call) => call.method)).toEqual([
			'create_greeting',
			'update_greeting',
			'get_greeting',
			'delete_greeting',
			'list_greetings',
		]);
	});

	test('A14. properties: register one of the app, set it in a chat, set and read license and group values', async () => {
		const { n8n, sim, pat } = context;
		const workflow = await createActionWorkflow(n8n, 'Properties', pat, [
			{
				name: 'Register',
				parameters: {
					resource: 'property',
					operation: 'register',
					name: 'order_id',
					type: 'string',
					access: {
						location: [
							{ location: 'chat', agent: ['read', 'write'], customer: [] },
							{ location: 'license', agent: ['read', 'write'], customer: [] },
						],
					},
					additionalFields: { defaultValue: 'none' },
				},
			},
			{
				name: 'Set In Chat',
				parameters: {
					resource: 'chat',
					operation: 'updateProperties',
					chatId: LIVE_CHAT_ID,
					level: 'chat',
					properties: {
						property: [
							{ namespace: APP_CLIENT_ID, name: 'order_id', type: 'string', value: 'A-17' },
						],
					},
				},
			},
			{
				name: 'Set For Group',
				parameters: {
					resource: 'property',
					operation: 'setGroupValues',
					groupId: 1,
					properties: {
						property: [{ namespace: 'test', name: 'int_property', type: 'number', value: '3' }],
					},
				},
			},
			{
				name: 'License Values',
				parameters: {
					resource: 'property',
					operation: 'getLicenseValues',
					namespace: APP_CLIENT_ID,
				},
			},
		]);
		expect(await runOk(workflow, [{}])).toEqual([
			{ namespace: APP_CLIENT_ID, name: 'order_id', value: 'none' },
		]);
		expect((await sim.calls()).map((call) => [call.method, call.status])).toEqual([
			['register_property', 200],
			['update_chat_properties', 200],
			['update_group_properties', 200],
			['list_license_properties', 200],
		]);
		const groupValues = await createActionWorkflow(n8n, 'Group values', pat, [
			{
				name: 'Values',
				parameters: { resource: 'property', operation: 'getGroupValues', groupIds: [1] },
			},
		]);
		expect(await runOk(groupValues, [{}])).toEqual([
			{ group_id: 1, namespace: 'test', name: 'int_property', value: 3 },
		]);
	});

	test('A15. bot secret: reset without output revokes; with output the new secret works in a Bot credential', async () => {
		const { n8n, pat } = context;
		const reset = (outputSecret: boolean) =>
			createActionWorkflow(n8n, `Reset secret (${outputSecret})`, pat, [
				{
					name: 'Reset',
					parameters: { resource: 'bot', operation: 'resetSecret', botId: BOT_ID, outputSecret },
				},
			]);
		expect(await runOk(await reset(false), [{}])).toEqual([{ id: BOT_ID, secretReset: true }]);
		const [{ secret }] = await runOk(await reset(true), [{}]);
		expect(secret).toMatch(/^[0-9a-f]{32}$/);
		const asBot = (botSecret: string, name: string) =>
			saveCredential(n8n, 'liveChatBotApi', name, { ...SEEDED_BOT_DATA, botSecret });
		const getBot = async (credential: CredentialRef) =>
			await createActionWorkflow(n8n, `Get bot (${credential.name})`, credential, [
				{
					name: 'Get',
					parameters: { resource: 'bot', operation: 'get', botId: BOT_ID },
				},
			]);
		expect(await runOk(await getBot(await asBot(String(secret), 'New secret')), [{}])).toEqual([
			expect.objectContaining({ id: BOT_ID, name: 'ChatBot' }),
		]);
		const old = await getBot(await asBot(BOT_SECRET, 'Old secret'));
		expect((await runActionWorkflow(old, [{}])).status).toBe(500);
		expect((await lastExecutionError(n8n, old)).message).toBe(
			'LiveChat issued no token for the bot of this credential',
		);
	});
}
