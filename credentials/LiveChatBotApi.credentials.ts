import type {
	IAuthenticateGeneric,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

/**
 * A LiveChat bot acting as itself. Since API v3.6 a bot can act only with its own token from
 * `issue_bot_token` (valid 24 h, not revocable, no refresh): n8n asks for one before the first
 * request (pre-authentication), keeps it in the hidden Bot Token field, and asks again when
 * LiveChat answers 401 because it expired.
 */
export class LiveChatBotApi implements ICredentialType {
	name = 'liveChatBotApi';

	displayName = 'LiveChat Bot API';

	icon: Icon = {
		light: 'file:../nodes/LiveChat/livechat.svg',
		dark: 'file:../nodes/LiveChat/livechat.dark.svg',
	};

	documentationUrl = 'https://github.com/n8n-nodes-livechat/n8n-nodes-livechat#livechat-bot-api';

	properties: INodeProperties[] = [
		{
			displayName: 'Bot ID',
			name: 'botId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 5c9871d5372c824cbf22d860a707a578',
			description: 'ID of the bot (LiveChat action node: Bot → Create or Get Many)',
		},
		{
			displayName: 'Bot Secret',
			name: 'botSecret',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				"LiveChat shows a bot's secret once: in the answer to create_bot or reset_bot_secret (Configuration API). The LiveChat node's Bot → Create never outputs it; for a bot made there, get a new secret with Bot → Reset Secret (Output the New Secret on).",
		},
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			required: true,
			default: '',
			description: 'Client ID of the Developer Console app that owns the bot',
		},
		{
			displayName: 'Organization ID',
			name: 'organizationId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 390e44e6-f1e6-0368-a6db-74a14508c2e0',
			description:
				'Your LiveChat organization: shown in Developer Console, and sent in every webhook as organization_id',
		},
		{
			displayName: 'Account ID',
			name: 'accountId',
			type: 'string',
			required: true,
			default: '',
			description:
				'LiveChat issues a bot token only to a request signed by your organization: the Account ID of a Personal Access Token (shown next to it in Developer Console)',
		},
		{
			displayName: 'Personal Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				'Used only to ask LiveChat for the bot token (issue_bot_token); every other request is made with the bot token. Created in Developer Console > Settings > Authorization > Personal Access Tokens.',
		},
		{
			displayName: 'API URL',
			name: 'apiUrl',
			type: 'hidden',
			default: 'https://api.livechatinc.com',
		},
		{
			displayName: 'Bot Token',
			name: 'botToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const accessToken = String(credentials.accessToken);
		const region = /^([a-z]{2,6}(?:-[a-z0-9]+)?):[^/]/.exec(accessToken)?.[1];
		const request = this.helpers.httpRequest({
			method: 'POST',
			url: `${String(credentials.apiUrl).replace(/\/+$/, '')}/v3.6/configuration/action/issue_bot_token`,
			auth: { username: String(credentials.accountId), password: accessToken },
			headers: region ? { 'X-Region': region } : {},
			body: {
				bot_id: credentials.botId,
				client_id: credentials.clientId,
				bot_secret: credentials.botSecret,
				organization_id: credentials.organizationId,
			},
			json: true,
		});
		try {
			const { token } = (await request) as { token: string };
			return { botToken: token };
		} catch (error) {
			// LiveChat's refusal reaches the node as the answer to the request it was made for; the
			// mark lets the node say that the bot token was refused, and which fields to check.
			const answer = (error as { response?: { data?: { error?: unknown } } }).response?.data?.error;
			if (typeof answer === 'object' && answer !== null) {
				const refusal = answer as { data?: object };
				refusal.data = { ...refusal.data, method: 'issue_bot_token' };
			}
			throw error;
		}
	}

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Bearer {{$credentials.botToken}}',
			},
		},
	};

	// Getting a bot token (pre-authentication) and then the bot itself with it proves every field.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.apiUrl}}',
			url: '/v3.6/configuration/action/get_bot',
			method: 'POST',
			// Bot tokens are JWTs without a region prefix; the PAT's prefix names the license's region.
			headers: {
				'X-Region':
					'={{ ($credentials.accessToken.match(/^([a-z]{2,6}(?:-[a-z0-9]+)?):[^/]/) || [])[1] || "dal" }}',
			},
			body: { id: '={{$credentials.botId}}' },
			json: true,
		},
		// n8n shows only the HTTP status of a failed test (of issue_bot_token or of get_bot); these
		// say what LiveChat's answer means.
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'LiveChat did not accept the Account ID and Personal Access Token, or the Bot Secret (authentication error). Copy the token again from Developer Console > Settings > Authorization > Personal Access Tokens; a lost bot secret can only be replaced (LiveChat node: Bot → Reset Secret).',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						'LiveChat refused the request (authorization error): the Client ID must be the app that owns the bot (get_bot shows owner_client_id).',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message:
						'LiveChat knows no bot with this Bot ID in your organization. Copy the ID from the LiveChat node (Bot → Get Many).',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 400,
					message:
						'LiveChat rejected the bot token request (validation error): the Client ID must be the app that owns the bot and the Organization ID your organization (every webhook carries it as organization_id).',
				},
			},
		],
	};
}
