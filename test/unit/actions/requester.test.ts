import type { IExecuteFunctions } from 'n8n-workflow';

import { OperationRun } from '../../../nodes/LiveChat/actions/run';
import { CLIENT_ID, executeContext } from '../../helpers/contexts';

describe('the LiveChat user of the credential', () => {
	it('uses the bot’s ID for the bot credential', async () => {
		const { context } = executeContext({
			parameters: { authentication: 'bot' },
			credentials: { liveChatBotApi: { botId: 'b1f4c0ffee', clientId: CLIENT_ID } },
		});
		const run = new OperationRun(context as IExecuteFunctions);
		await expect(run.requesterUserId(0)).resolves.toBe('b1f4c0ffee');
	});
});
