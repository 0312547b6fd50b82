import { operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';

const group = operationParameters('group');

describe('Group → Create', () => {
	it('creates a group with its agents’ priorities and language', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			group('create', {
				name: 'Returns',
				agents: {
					agent: [
						{ id: 'jones@example.com', priority: 'normal' },
						{ id: 'smith@example.com', priority: 'supervisor' },
					],
				},
				additionalFields: { languageCode: 'de' },
			}),
		);
		const request = {
			name: 'Returns',
			language_code: 'de',
			agent_priorities: { 'jones@example.com': 'normal', 'smith@example.com': 'supervisor' },
		};
		expect(fake.callsOf('create_group')[0].body).toEqual(request);
		expect(item.json).toEqual({ id: 2, ...request });
		expect(fake.simulator.state.agent('jones@example.com')?.groups).toContainEqual({
			id: 2,
			priority: 'normal',
		});
	});

	it('sends an empty agent_priorities (LiveChat requires the field) when no agent is added', async () => {
		const fake = new FakeLiveChat();
		await runNode(group('create', { name: 'Night shift', agents: {}, additionalFields: {} }));
		expect(fake.callsOf('create_group')[0].body).toEqual({
			name: 'Night shift',
			agent_priorities: {},
		});
	});

	it('refuses a name over 180 characters before calling LiveChat', async () => {
		const fake = new FakeLiveChat();
		const error = await failingRun(group('create', { name: 'x'.repeat(181), agents: {} }));
		expect(error.message).toBe('The group name is too long');
		expect(fake.calls).toEqual([]);
	});

	it('names the agent LiveChat does not know', async () => {
		new FakeLiveChat();
		const error = await failingRun(
			group('create', {
				name: 'Returns',
				agents: { agent: [{ id: 'nobody@example.com', priority: 'normal' }] },
			}),
		);
		expect(error.message).toContain('create_group');
		expect(error.description).toContain('nobody@example.com');
	});
});
