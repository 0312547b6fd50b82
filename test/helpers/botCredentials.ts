import { APP_CLIENT_ID, BOT_ID, BOT_SECRET, ORGANIZATION_ID } from '../simulator/state';
import { PAT_CREDENTIALS } from './contexts';
import type { FakeLiveChat } from './fakeLiveChat';

/** The credentials of the seeded bot, with the token n8n's pre-authentication would have got. */
export function botCredentials(
	fake: FakeLiveChat,
	accessToken = String(PAT_CREDENTIALS.accessToken),
) {
	const answer = fake.simulator.answerApi({
		version: '3.6',
		api: 'configuration',
		method: 'issue_bot_token',
		authorization: `Basic ${Buffer.from(`${String(PAT_CREDENTIALS.accountId)}:${accessToken}`).toString('base64')}`,
		xRegion: fake.simulator.state.region,
		body: JSON.stringify({
			bot_id: BOT_ID,
			client_id: APP_CLIENT_ID,
			bot_secret: BOT_SECRET,
			organization_id: ORGANIZATION_ID,
		}),
	});
	const { token } = answer.body as { token: string };
	return { credentials: { liveChatBotApi: { botId: BOT_ID, botToken: token, accessToken } } };
}
