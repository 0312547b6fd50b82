import { operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { runNode } from '../../../helpers/runNode';

const greeting = operationParameters('greeting');

describe('Greeting → Delete', () => {
	it('deletes the greeting', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(greeting('delete', { greetingId: 1 }));
		expect(fake.callsOf('delete_greeting')[0].body).toEqual({ id: 1 });
		expect(item.json).toEqual({ id: 1, deleted: true });
		expect(fake.simulator.state.greetings).toEqual([]);
	});
});
