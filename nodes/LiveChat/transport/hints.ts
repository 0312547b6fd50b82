import { ERROR_TYPE_HINTS } from './errorTypeHints';
import type { LiveChatFailure } from './failure';
import { SITUATION_HINTS } from './situationHints';

/** What the user is told: what happened (message) and what to do (description). */
export interface Guidance {
	message: string;
	description: string;
}

/** One explanation of a failure: when it applies, and what it says. */
export interface FailureHint {
	applies: (failure: LiveChatFailure) => boolean;
	explain: (failure: LiveChatFailure) => Guidance;
	/** LiveChat's own message follows the description, unless this is false. */
	quotesLiveChat?: false;
}

/**
 * Every hint, most specific first: the first that applies speaks. A situation (a requester outside
 * the chat, a write that may have been done) says more than LiveChat's error type does.
 */
export const FAILURE_HINTS: readonly FailureHint[] = [...SITUATION_HINTS, ...ERROR_TYPE_HINTS];

/** For a failure no hint explains: LiveChat's message, or the HTTP status, as it came. */
const UNEXPLAINED: FailureHint = {
	applies: () => true,
	explain: (failure) => ({
		message: `LiveChat could not complete ${failure.method}${failure.type ? ` (${failure.type})` : ''}`,
		description:
			(failure.message ?? `HTTP ${failure.httpStatus ?? 'status unknown'}`) +
			'. Check the node parameters and the credential.',
	}),
	quotesLiveChat: false,
};

export function guidanceFor(failure: LiveChatFailure): Guidance {
	const hint = FAILURE_HINTS.find((candidate) => candidate.applies(failure)) ?? UNEXPLAINED;
	const { message, description } = hint.explain(failure);
	const quote =
		failure.message && hint.quotesLiveChat !== false ? ` LiveChat said: "${failure.message}".` : '';
	return { message, description: description + quote };
}
