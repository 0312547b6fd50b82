import { NodeApiError } from 'n8n-workflow';

import { CLIENT_ID, hookContext, OAUTH2_CREDENTIALS } from './contexts';

/** list_webhooks' body: the webhooks of this app. */
export const OWN_WEBHOOKS = { owner_client_id: CLIENT_ID };

/** A trigger's context whose OAuth2 credential holds `accessToken` (its prefix names a region). */
export function oauthContext(accessToken: string) {
	return hookContext({
		credentials: {
			liveChatOAuth2Api: { ...OAUTH2_CREDENTIALS, oauthTokenData: { access_token: accessToken } },
		},
	}).context;
}

/** The NodeApiError a call fails with; the test fails if it succeeds or throws something else. */
export async function failureOf(promise: Promise<unknown>): Promise<NodeApiError> {
	const error = await promise.catch((e: unknown) => e);
	expect(error).toBeInstanceOf(NodeApiError);
	return error as NodeApiError;
}
