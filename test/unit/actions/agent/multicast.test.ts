import { operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';

const agent = operationParameters('agent');

describe('Agent → Multicast', () => {
	it('sends JSON content to agents and groups, with a type', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			agent('multicast', {
				recipients: { all: false, agentIds: 'smith@example.com, jones@example.com', groupIds: [1] },
				content: '{"text": "A VIP customer is waiting"}',
				type: 'vip_customer',
			}),
		);
		const request = {
			recipients: {
				agents: { all: false, ids: ['smith@example.com', 'jones@example.com'], groups: [1] },
			},
			content: { text: 'A VIP customer is waiting' },
			type: 'vip_customer',
		};
		expect(fake.callsOf('multicast')[0].body).toEqual(request);
		expect(item.json).toEqual(request);
		expect(fake.simulator.state.multicasts).toEqual([request]);
	});

	it.each([
		[{ recipients: {}, content: '{}' }, 'The multicast has no recipients'],
		[{ recipients: { all: true }, content: '{text' }, 'Content (JSON) is not valid JSON'],
	])('refuses %j before calling LiveChat', async (parameters, message) => {
		const fake = new FakeLiveChat();
		const error = await failingRun(agent('multicast', parameters));
		expect(error.message).toBe(message);
		expect(fake.calls).toEqual([]);
	});
});
