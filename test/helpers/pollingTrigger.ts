import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { LiveChatPollingTrigger } from '../../nodes/LiveChat/LiveChatPollingTrigger.node';
import { PAT_CREDENTIALS, pollContext } from './contexts';
import { FakeLiveChat } from './fakeLiveChat';

export const BOTH_EVENTS = ['incoming_chat', 'chat_deactivated'];

/**
 * The LiveChat Polling Trigger against a fresh simulated LiveChat in every test of the calling
 * file, at 2026-12-04 10:00 UTC. Only Date is faked: LiveChat's timestamps and n8n's clock move
 * when the test calls `later`.
 */
export function usePollingTrigger() {
	const polling = new LiveChatPollingTrigger();
	const node = {
		fake: undefined as unknown as FakeLiveChat,
		/** n8n's and LiveChat's time now (ms). */
		clock: 0,

		later(ms: number) {
			jest.setSystemTime((node.clock += ms));
		},

		/** One poll of the node with these parameters and static data; its items and API calls. */
		async poll(
			staticData: IDataObject,
			parameters: IDataObject = {},
			mode: 'trigger' | 'manual' = 'trigger',
		) {
			const calls = node.fake.calls.length;
			const { context } = pollContext({
				parameters: { authentication: 'accessToken', events: BOTH_EVENTS, ...parameters },
				credentials: { liveChatApi: PAT_CREDENTIALS },
				staticData,
				mode,
				timezone: 'Europe/Warsaw',
			});
			const result = await polling.poll.call(context);
			const items = (result?.[0] ?? []).map((item: INodeExecutionData) => item.json);
			return { result, items, calls: node.fake.calls.slice(calls) };
		},
	};
	beforeEach(() => {
		jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval'] });
		node.clock = Date.parse('2026-12-04T10:00:00.000Z');
		jest.setSystemTime(node.clock);
		node.fake = new FakeLiveChat();
	});
	afterEach(() => jest.useRealTimers());
	return node;
}
