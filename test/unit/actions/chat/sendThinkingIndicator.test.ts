import { asAdmin, onLiveChat } from '../../../helpers/chats';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { runNode } from '../../../helpers/runNode';

describe('Chat → Send Thinking Indicator', () => {
	it('shows thinking to the customer', async () => {
		const fake = new FakeLiveChat();
		await runNode(onLiveChat('sendThinkingIndicator', { title: 'Looking up your order' }), asAdmin);
		expect(fake.simulator.state.signals).toEqual([
			expect.objectContaining({ type: 'thinking', title: 'Looking up your order' }),
		]);
	});

	it('shows thinking with a description to agents only', async () => {
		const fake = new FakeLiveChat();
		await runNode(
			onLiveChat('sendThinkingIndicator', {
				title: 'Checking',
				thinkingDescription: 'Reading the order history',
				visibility: 'agents',
			}),
			asAdmin,
		);
		expect(fake.simulator.state.signals[0]).toMatchObject({
			type: 'thinking',
			title: 'Checking',
			description: 'Reading the order history',
			visibility: 'agents',
		});
	});
});
