import { operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';

const agent = operationParameters('agent');

describe('Agent → Create', () => {
	it('creates an agent with role, groups, working hours and notifications', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			agent('create', {
				email: ' ada@example.com ',
				name: 'Ada Example',
				additionalFields: {
					role: 'administrator',
					jobTitle: 'Support Hero',
					maxChatsCount: 8,
					groups: {
						group: [
							{ ids: [1], priority: 'first' },
							{ ids: '0', priority: 'last' },
						],
					},
					notifications: ['new_visitor', 'incoming_chat'],
					emailSubscriptions: ['weekly_summary'],
					workTimeZone: 'Europe/Warsaw',
					workingHours: { hours: [{ day: 'monday', start: '08:30', end: '16:00' }] },
				},
			}),
		);
		const expected = {
			id: 'ada@example.com',
			name: 'Ada Example',
			role: 'administrator',
			job_title: 'Support Hero',
			max_chats_count: 8,
			notifications: ['new_visitor', 'incoming_chat'],
			email_subscriptions: ['weekly_summary'],
			groups: [
				{ id: 1, priority: 'first' },
				{ id: 0, priority: 'last' },
			],
			work_scheduler: {
				timezone: 'Europe/Warsaw',
				schedule: [{ day: 'monday', enabled: true, start: '08:30', end: '16:00' }],
			},
		};
		expect(fake.callsOf('create_agent')[0].body).toEqual(expected);
		expect(item.json).toEqual(expected);
		const created = fake.simulator.state.agent('ada@example.com');
		expect(created).toMatchObject({ role: 'administrator', awaiting_approval: true });
		// The membership shows in the groups too.
		expect(fake.simulator.state.groups[1].agent_priorities['ada@example.com']).toBe('first');
	});

	it('puts the agent in every group of a list at its priority; a group named twice keeps the first', async () => {
		const fake = new FakeLiveChat();
		await runNode(
			agent('create', {
				email: 'cy@example.com',
				name: 'Cy',
				additionalFields: {
					groups: {
						group: [
							{ ids: '1, 0', priority: 'first' },
							{ ids: ['1'], priority: 'last' },
							{ ids: '', priority: 'normal' },
						],
					},
				},
			}),
		);
		expect(fake.callsOf('create_agent')[0].body.groups).toEqual([
			{ id: 1, priority: 'first' },
			{ id: 0, priority: 'first' },
		]);
	});

	it('sends only the email and name when nothing else is set', async () => {
		const fake = new FakeLiveChat();
		await runNode(agent('create', { email: 'ben@example.com', name: 'Ben', additionalFields: {} }));
		expect(fake.callsOf('create_agent')[0].body).toEqual({ id: 'ben@example.com', name: 'Ben' });
	});

	it.each([
		[{ workingHours: { hours: [{ day: 'friday', start: '9:00', end: '17:00' }] } }, 'friday'],
		[{ workingHours: { hours: [{ day: 'friday', start: '18:00', end: '17:00' }] } }, 'friday'],
		[{ workTimeZone: 'Mars/Olympus' }, 'is not a time zone'],
		[{ workTimeZone: 'Europe/Warsaw' }, 'without Working Hours'],
		[{ groups: { group: [{ ids: '1, sales', priority: 'first' }] } }, '"sales" is not a group ID'],
	])('refuses %j before calling LiveChat', async (additionalFields, wording) => {
		const fake = new FakeLiveChat();
		const error = await failingRun(
			agent('create', { email: 'ada@example.com', name: 'Ada', additionalFields }),
		);
		expect(error.message).toContain(wording);
		expect(fake.callsOf('create_agent')).toEqual([]);
	});

	it('says an existing agent already exists', async () => {
		new FakeLiveChat();
		const error = await failingRun(
			agent('create', { email: 'jones@example.com', name: 'Jones', additionalFields: {} }),
		);
		expect(error.message).toBe('It already exists in LiveChat (create_agent)');
	});

	it('refuses an empty email', async () => {
		const fake = new FakeLiveChat();
		const error = await failingRun(agent('create', { email: '', name: 'Ada' }));
		expect(error.message).toBe('Email is empty');
		expect(fake.calls).toEqual([]);
	});
});
