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

	documentationUrl = 'https://github.com/n8n-nodes-livechat/n8n-nodes-livechat#credentials';

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
				"The secret LiveChat returns where the bot is created (create_bot) or its secret reset; the LiveChat node's Bot → Create keeps it out of its output",
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
				'Account ID of a Personal Access Token of your organization; LiveChat issues bot tokens to an authenticated request',
		},
		{
			displayName: 'Personal Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				'Used only to ask LiveChat for the bot token (Developer Console > Settings > Authorization > Personal Access Tokens)',
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
		const { token } = (await this.helpers.httpRequest({
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
		})) as { token: string };
		return { botToken: token };
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
			body: { id: '={{$credentials.botId}}' },
			json: true,
		},
	};
}
