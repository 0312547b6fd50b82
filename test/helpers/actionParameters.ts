import { PAT_CREDENTIALS } from './contexts';

/** runNode options that give the node the Personal Access Token credential. */
export const asPat = { credentials: { liveChatApi: PAT_CREDENTIALS } };

/** A builder of the node parameters of `resource`'s operations, each starting from `defaults`. */
export function operationParameters(resource: string, defaults: Record<string, unknown> = {}) {
	return (operation: string, parameters: Record<string, unknown> = {}) => ({
		resource,
		...defaults,
		operation,
		...parameters,
	});
}
