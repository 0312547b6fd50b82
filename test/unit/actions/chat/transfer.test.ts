import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import {
	ARCHIVED_CHAT_ID,
	chat,
	handOverToJones,
	JONES_ID,
	simulatedChat,
} from '../../../helpers/chats';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';
import { ADMIN, CUSTOMER_ID, LIVE_CHAT_ID } from '../../../simulator/state';

const jonesInSales = (fake: FakeLiveChat) =>
	fake.simulator.state.agent(JONES_ID)!.groups.push({ id: 1, priority: 'normal' });

describe('Chat → Transfer', () => {
	it('transfers to a group: LiveChat gives the chat to a free agent of it', async () => {
		const fake = new FakeLiveChat();
		jonesInSales(fake);
		const [item] = await runNode(
			chat('transfer', { chatId: LIVE_CHAT_ID, target: 'group', groupId: 1 }),
		);
		expect(fake.callsOf('transfer_chat').map((c) => c.body)).toEqual([
			{
				id: LIVE_CHAT_ID,
				target: { type: 'group', ids: [1] },
				ignore_agents_availability: false,
				ignore_requester_presence: false,
			},
		]);
		expect(item.json).toEqual({
			chat_id: LIVE_CHAT_ID,
			target: 'group',
			group_ids: [1],
			queue_if_nobody_free: false,
		});
		const { chat: moved, thread } = simulatedChat(fake);
		expect(moved.access.group_ids).toEqual([1]);
		expect(thread.user_ids).toEqual([CUSTOMER_ID, JONES_ID]);
	});

	it('takes a group id from an expression as a number, and refuses one that is not', async () => {
		const fake = new FakeLiveChat();
		jonesInSales(fake);
		await runNode(chat('transfer', { chatId: LIVE_CHAT_ID, target: 'group', groupId: ' 1 ' }));
		expect(fake.callsOf('transfer_chat')[0].body.target).toEqual({ type: 'group', ids: [1] });
		const error = await failingRun(
			chat('transfer', { chatId: LIVE_CHAT_ID, target: 'group', groupId: 'Sales' }),
		);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toBe('"Sales" is not a group ID');
		expect(fake.callsOf('transfer_chat')).toHaveLength(1);
	});

	it('transfers to agents given as a list or a comma-separated expression', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			chat('transfer', { chatId: LIVE_CHAT_ID, target: 'agents', agentIds: ` ${JONES_ID}, ` }),
		);
		expect(fake.callsOf('transfer_chat')[0].body.target).toEqual({
			type: 'agent',
			ids: [JONES_ID],
		});
		expect(item.json).toMatchObject({ target: 'agents', agent_ids: [JONES_ID] });
		expect(simulatedChat(fake).thread.user_ids).toEqual([CUSTOMER_ID, JONES_ID]);
	});

	it('refuses an empty agent list before calling LiveChat', async () => {
		const fake = new FakeLiveChat();
		const error = await failingRun(
			chat('transfer', { chatId: LIVE_CHAT_ID, target: 'agents', agentIds: [] }),
		);
		expect(error.message).toBe('No agents to transfer the chat to');
		expect(fake.calls).toHaveLength(0);
	});

	it('transfers within the current group without a target', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			chat('transfer', { chatId: LIVE_CHAT_ID, target: 'currentGroup' }),
		);
		expect(fake.callsOf('transfer_chat')[0].body).toEqual({
			id: LIVE_CHAT_ID,
			ignore_agents_availability: false,
			ignore_requester_presence: false,
		});
		expect(item.json).toEqual({
			chat_id: LIVE_CHAT_ID,
			target: 'currentGroup',
			queue_if_nobody_free: false,
		});
		expect(simulatedChat(fake).thread.user_ids).toEqual([CUSTOMER_ID, JONES_ID]);
	});

	it('says when nobody is free and how to queue the chat instead', async () => {
		const fake = new FakeLiveChat();
		// Sales has only smith, who is the one handing the chat over.
		const error = await failingRun(
			chat('transfer', { chatId: LIVE_CHAT_ID, target: 'group', groupId: 1 }),
		);
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe(
			`Nobody the chat was transferred to can take it now (chat ${LIVE_CHAT_ID})`,
		);
		expect(error.description).toContain('Turn on "Queue If Nobody Is Free"');
		expect(error.description).toContain('No agent available for group');
		expect(simulatedChat(fake).thread.user_ids).toEqual([CUSTOMER_ID, ADMIN.email]);
	});

	it('queues the chat when nobody is free with "Queue If Nobody Is Free"', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			chat('transfer', {
				chatId: LIVE_CHAT_ID,
				target: 'group',
				groupId: 1,
				queueIfNobodyFree: true,
			}),
		);
		expect(fake.callsOf('transfer_chat')[0].body.ignore_agents_availability).toBe(true);
		expect(item.json.queue_if_nobody_free).toBe(true);
		const { thread } = simulatedChat(fake);
		expect(thread.user_ids).toEqual([CUSTOMER_ID]);
		expect(thread).toHaveProperty('queue.position', 1);
	});

	it('knows "nobody free" by LiveChat’s message whatever the error type, else says what LiveChat said', async () => {
		const fake = new FakeLiveChat();
		fake.failNext('transfer_chat', {
			status: 400,
			type: 'validation',
			message: 'No agents are available in the target group',
		});
		const nobody = await failingRun(
			chat('transfer', { chatId: LIVE_CHAT_ID, target: 'group', groupId: 0 }),
		);
		expect(nobody.description).toContain('Queue If Nobody Is Free');
		fake.failNext('transfer_chat', { status: 400, type: 'validation', message: 'Bad target' });
		const other = await failingRun(
			chat('transfer', { chatId: LIVE_CHAT_ID, target: 'group', groupId: 0 }),
		);
		expect(other.message).toBe('LiveChat rejected the request to transfer_chat as invalid');
		expect(other.description).toContain('Bad target');
		expect(other.description).not.toContain('Queue If Nobody Is Free');
		fake.failNext('transfer_chat', { status: 400, type: 'something_new', message: 'Odd' });
		const unknown = await failingRun(
			chat('transfer', { chatId: LIVE_CHAT_ID, target: 'group', groupId: 0 }),
		);
		expect(unknown.message).toBe('LiveChat could not complete transfer_chat (something_new)');
	});

	it('says the credential’s user is not in the chat, and goes ahead with "Even If Not in the Chat"', async () => {
		const fake = new FakeLiveChat();
		handOverToJones(fake);
		const error = await failingRun(
			chat('transfer', { chatId: LIVE_CHAT_ID, target: 'currentGroup' }),
		);
		expect(error.message).toBe(
			`The LiveChat user of this credential is not in chat ${LIVE_CHAT_ID}`,
		);
		expect(error.description).toContain('Turn on "Even If Not in the Chat"');
		// Jones leaves, and the General group has nobody else: the chat waits in the queue.
		await runNode(
			chat('transfer', {
				chatId: LIVE_CHAT_ID,
				target: 'currentGroup',
				ignoreRequesterPresence: true,
				queueIfNobodyFree: true,
			}),
		);
		expect(fake.callsOf('transfer_chat')[1].body.ignore_requester_presence).toBe(true);
		expect(simulatedChat(fake).thread.user_ids).toEqual([CUSTOMER_ID]);
	});

	it('says that an ended chat cannot be transferred', async () => {
		new FakeLiveChat();
		const error = await failingRun(
			chat('transfer', { chatId: ARCHIVED_CHAT_ID, target: 'currentGroup' }),
		);
		expect(error.message).toBe(`The chat has ended (chat ${ARCHIVED_CHAT_ID})`);
		expect(error.description).toContain('Chat → Resume');
	});
});
