import type {
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

export type LiveChatFunctions =
	| IExecuteFunctions
	| IHookFunctions
	| ILoadOptionsFunctions
	| IPollFunctions
	| IWebhookFunctions;

export const DEFAULT_API_URL = 'https://api.livechatinc.com';

/** OAuth2 credential of the user's Developer Console app, and the Personal Access Token one. */
export const APP_CREDENTIAL = 'liveChatOAuth2Api';
export const PAT_CREDENTIAL = 'liveChatApi';
/** A bot acting as itself with its own token (n8n gets and renews it: pre-authentication). */
export const BOT_CREDENTIAL = 'liveChatBotApi';
export type LiveChatCredentialType =
	| typeof APP_CREDENTIAL
	| typeof PAT_CREDENTIAL
	| typeof BOT_CREDENTIAL;

/** Access tokens look like `fra:…` or `dal:…`; the prefix names the data center. */
export function regionOfToken(token: unknown): string | undefined {
	if (typeof token !== 'string') return undefined;
	return /^([a-z]{2,6}(?:-[a-z0-9]+)?):[^/]/.exec(token)?.[1];
}

export interface LiveChatAccount {
	credentialType: LiveChatCredentialType;
	apiUrl: string;
	/** The Developer Console app's Client ID; it owns the webhooks (`owner_client_id`). */
	clientId: string;
	region?: string;
}

/** The credential the node's `authentication` parameter chooses. */
function credentialTypeOf(context: LiveChatFunctions): LiveChatCredentialType {
	// Execute functions take an item index where the other contexts take a fallback value.
	const authentication =
		'getInputData' in context
			? context.getNodeParameter('authentication', 0, 'oAuth2')
			: context.getNodeParameter('authentication', 'oAuth2');
	if (authentication === 'bot') return BOT_CREDENTIAL;
	return authentication === 'accessToken' ? PAT_CREDENTIAL : APP_CREDENTIAL;
}

/** Where and as whom the node calls LiveChat: the chosen credential, its API URL and region. */
export async function getLiveChatAccount(this: LiveChatFunctions): Promise<LiveChatAccount> {
	const credentialType = credentialTypeOf(this);
	const credentials = await this.getCredentials(credentialType);
	const token =
		credentialType === APP_CREDENTIAL
			? (credentials.oauthTokenData as IDataObject | undefined)?.access_token
			: credentialType === BOT_CREDENTIAL
				? credentials.botToken
				: credentials.accessToken;
	const apiUrl =
		typeof credentials.apiUrl === 'string' && credentials.apiUrl ? credentials.apiUrl : '';
	return {
		credentialType,
		apiUrl: (apiUrl || DEFAULT_API_URL).replace(/\/+$/, ''),
		clientId: String(credentials.clientId ?? ''),
		// Bot tokens are JWTs without a prefix: the bot credential's PAT names the license's region.
		region:
			regionOfToken(token) ??
			(credentialType === BOT_CREDENTIAL ? regionOfToken(credentials.accessToken) : undefined),
	};
}
