import { operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';

const greeting = operationParameters('greeting');

describe('Greeting → Get', () => {
	it('gets a greeting by ID, also from an expression', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(greeting('get', { greetingId: '1' }));
		expect(fake.callsOf('get_greeting')[0].body).toEqual({ id: 1 });
		expect(item.json).toMatchObject({
			id: 1,
			name: 'Welcome greeting',
			rules: [expect.objectContaining({ type: 'visit_time_site' })],
		});
	});

	it('refuses an ID that is not a number, and names a greeting LiveChat does not know', async () => {
		const fake = new FakeLiveChat();
		expect((await failingRun(greeting('get', { greetingId: 'Welcome' }))).message).toBe(
			'"Welcome" is not a greeting ID',
		);
		expect(fake.calls).toEqual([]);
		expect((await failingRun(greeting('get', { greetingId: 9 }))).message).toBe(
			'LiveChat could not find greeting 9 (get_greeting)',
		);
	});
});
