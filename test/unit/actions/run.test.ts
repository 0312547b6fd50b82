import type { IExecuteFunctions } from 'n8n-workflow';

import { OperationRun } from '../../../nodes/LiveChat/actions/run';
import { executeContext, PAT_CREDENTIALS } from '../../helpers/contexts';
import { FakeLiveChat } from '../../helpers/fakeLiveChat';
import { ADMIN, ADMIN_PAT, LIVE_CHAT_ID, LIVE_THREAD_ID } from '../../simulator/state';

const FIRST_ARCHIVED_CHAT_ID = 'ARCHIVE001';

function newRun(options: Parameters<typeof executeContext>[0] = {}) {
	return new OperationRun(executeContext(options).context as IExecuteFunctions);
}

describe('the latest thread of a chat', () => {
	it('is looked up once per chat, whichever items ask, at once or one after another', async () => {
		const fake = new FakeLiveChat();
		const archivedThreadId = fake.simulator.state.chats
			.get(FIRST_ARCHIVED_CHAT_ID)!
			.threads.at(-1)!.id;
		const run = newRun({ items: [{}, {}, {}, {}] });
		await expect(
			Promise.all([run.latestThreadOf(LIVE_CHAT_ID, 0), run.latestThreadOf(LIVE_CHAT_ID, 1)]),
		).resolves.toEqual([LIVE_THREAD_ID, LIVE_THREAD_ID]);
		await expect(run.latestThreadOf(FIRST_ARCHIVED_CHAT_ID, 2)).resolves.toBe(archivedThreadId);
		await expect(run.latestThreadOf(LIVE_CHAT_ID, 3)).resolves.toBe(LIVE_THREAD_ID);
		expect(fake.callsOf('get_chat').map((call) => call.body)).toEqual([
			{ chat_id: LIVE_CHAT_ID },
			{ chat_id: FIRST_ARCHIVED_CHAT_ID },
		]);
	});

	it('is looked up again by a later item when an earlier lookup failed', async () => {
		const fake = new FakeLiveChat();
		fake.failNext('get_chat', { status: 404, type: 'not_found', message: 'Chat not found' });
		const run = newRun({ items: [{}, {}] });
		await expect(run.latestThreadOf(LIVE_CHAT_ID, 0)).rejects.toMatchObject({
			context: { itemIndex: 0 },
		});
		await expect(run.latestThreadOf(LIVE_CHAT_ID, 1)).resolves.toBe(LIVE_THREAD_ID);
		expect(fake.callsOf('get_chat')).toHaveLength(2);
	});

	it('is not shared between executions', async () => {
		const fake = new FakeLiveChat();
		await newRun().latestThreadOf(LIVE_CHAT_ID, 0);
		await newRun().latestThreadOf(LIVE_CHAT_ID, 0);
		expect(fake.callsOf('get_chat')).toHaveLength(2);
	});
});

describe('the LiveChat user of the credential', () => {
	it('is looked up once in an execution', async () => {
		const fake = new FakeLiveChat();
		const run = newRun({
			items: [{}, {}],
			parameters: { authentication: 'accessToken' },
			credentials: {
				liveChatApi: { ...PAT_CREDENTIALS, accountId: ADMIN.accountId, accessToken: ADMIN_PAT },
			},
		});
		await expect(
			Promise.all([run.requesterUserId(0), run.requesterUserId(1), run.requesterUserId(1)]),
		).resolves.toEqual([ADMIN.email, ADMIN.email, ADMIN.email]);
		expect(fake.callsOf('list_agents')).toHaveLength(1);
	});
});
