import { operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';

const greeting = operationParameters('greeting');

describe('Greeting → Update', () => {
	it('turns a greeting off and changes its message, sending only those', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			greeting('update', {
				greetingId: 1,
				updateFields: { active: false, message: 'We are away until Monday' },
			}),
		);
		const request = {
			id: 1,
			active: false,
			properties: { 'greeting-message_text': 'We are away until Monday' },
		};
		expect(fake.callsOf('update_greeting')[0].body).toEqual(request);
		expect(item.json).toEqual(request);
		expect(fake.simulator.state.greetings[0].active).toBe(false);
	});

	it('refuses an update without fields before calling LiveChat', async () => {
		const fake = new FakeLiveChat();
		const error = await failingRun(greeting('update', { greetingId: 1, updateFields: {} }));
		expect(error.message).toBe('Nothing to update');
		expect(fake.calls).toEqual([]);
	});
});
