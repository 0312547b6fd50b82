import { createHash, timingSafeEqual } from 'crypto';

/**
 * Whether two secrets are equal. Both sides are hashed first so the comparison takes the same time
 * whatever the length or content of what was sent.
 */
function sameSecret(expected: string, received: string): boolean {
	const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
	return timingSafeEqual(digest(expected), digest(received));
}

/** Whether a v3.6 delivery's `secret_key` is the one this node registered. */
export function secretMatches(expected: string | undefined, received: unknown): boolean {
	if (!expected || typeof received !== 'string' || received.length === 0) return false;
	return sameSecret(expected, received);
}

/**
 * Whether a legacy delivery's `Authorization: Basic …` header carries exactly this user and
 * password. Both parts are always compared, each in constant time.
 */
export function basicAuthMatches(header: unknown, user: unknown, password: unknown): boolean {
	if (typeof user !== 'string' || typeof password !== 'string' || !user || !password) return false;
	if (typeof header !== 'string') return false;
	const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
	if (!match) return false;
	const decoded = Buffer.from(match[1], 'base64').toString('utf8');
	const colon = decoded.indexOf(':');
	if (colon < 0) return false;
	const userMatches = sameSecret(user, decoded.slice(0, colon));
	const passwordMatches = sameSecret(password, decoded.slice(colon + 1));
	return userMatches && passwordMatches;
}
