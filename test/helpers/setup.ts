import nock from 'nock';

import { retryPolicy } from '../../nodes/LiveChat/transport';

// Same retry count as production, with millisecond waits.
retryPolicy.baseDelayMs = 1;
retryPolicy.maxDelayMs = 4;

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());
