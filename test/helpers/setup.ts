import nock from 'nock';

import { retryPolicy } from '../../nodes/LiveChat/transport';
import { networkFaults } from './contexts';

// Same retry count as production, with millisecond waits.
retryPolicy.baseDelayMs = 1;
retryPolicy.maxDelayMs = 4;

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
	nock.cleanAll();
	networkFaults.length = 0;
});
afterAll(() => nock.enableNetConnect());
