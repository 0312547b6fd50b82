import { NodeOperationError } from 'n8n-workflow';

import { usePollingTrigger } from '../helpers/pollingTrigger';

const { poll } = usePollingTrigger();

describe('LiveChatPollingTrigger', () => {
	it('refuses a Start From that is no date', async () => {
		const error = await poll({}, { options: { startFrom: 'yesterday' } }).catch((e: Error) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as Error).message).toBe('Start From is not a date: yesterday');
	});
});
