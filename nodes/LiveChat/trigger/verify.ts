import { createHash, timingSafeEqual } from 'crypto';

/**
 * Whether a delivery's `secret_key` is the one this node registered. Both sides are hashed first
 * so the comparison takes the same time whatever the length or content of what was sent.
 */
export function secretMatches(expected: string | undefined, received: unknown): boolean {
	if (!expected || typeof received !== 'string' || received.length === 0) return false;
	const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
	return timingSafeEqual(digest(expected), digest(received));
}
