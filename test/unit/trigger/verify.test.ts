import { basicAuthMatches, secretMatches } from '../../../nodes/LiveChat/trigger/verify';
import { basic } from '../../helpers/legacyDeliveries';

describe('secretMatches', () => {
	it('accepts only the exact secret', () => {
		expect(secretMatches('abc123', 'abc123')).toBe(true);
		expect(secretMatches('abc123', 'abc124')).toBe(false);
		expect(secretMatches('abc123', 'abc1234')).toBe(false);
		expect(secretMatches('abc123', '')).toBe(false);
		expect(secretMatches('abc123', undefined)).toBe(false);
		expect(secretMatches(undefined, undefined)).toBe(false);
		expect(secretMatches('', '')).toBe(false);
	});
});

describe('basicAuthMatches', () => {
	it('compares both parts whatever their lengths', () => {
		expect(basicAuthMatches(basic('livechat', 'x'), 'livechat', 'x')).toBe(true);
		expect(basicAuthMatches(basic('livechat', 'x:y'), 'livechat', 'x:y')).toBe(true);
		expect(basicAuthMatches(basic('livechat', ''), 'livechat', '')).toBe(false);
		expect(basicAuthMatches(basic('live', 'chat'), 'livechat', 'chat')).toBe(false);
	});

	it('takes the Basic scheme in any case, with spaces around the credentials', () => {
		const encoded = Buffer.from('livechat:secret-pass').toString('base64');
		expect(basicAuthMatches(`basic  ${encoded} `, 'livechat', 'secret-pass')).toBe(true);
		expect(basicAuthMatches(`Digest ${encoded}`, 'livechat', 'secret-pass')).toBe(false);
	});

	it('refuses every header while the credential has no user or password', () => {
		const header = basic('livechat', 'secret-pass');
		expect(basicAuthMatches(header, 'livechat', undefined)).toBe(false);
		expect(basicAuthMatches(header, '', 'secret-pass')).toBe(false);
		expect(basicAuthMatches(undefined, 'livechat', 'secret-pass')).toBe(false);
		expect(basicAuthMatches(['Basic x'], 'livechat', 'secret-pass')).toBe(false);
	});
});
