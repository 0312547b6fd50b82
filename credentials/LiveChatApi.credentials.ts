import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

/**
 * A Personal Access Token, sent as Basic auth `account_id:token`. With a PAT no app is attached
 * to the token, so webhook methods need the Client ID of the app that owns the webhooks.
 */
export class LiveChatApi implements ICredentialType {
	name = 'liveChatApi';

	displayName = 'LiveChat Personal Access Token API';

	icon: Icon = {
		light: 'file:../nodes/LiveChat/livechat.svg',
		dark: 'file:../nodes/LiveChat/livechat.dark.svg',
	};

	documentationUrl =
		'https://github.com/n8n-nodes-livechat/n8n-nodes-livechat#livechat-personal-access-token-api';

	properties: INodeProperties[] = [
		{
			displayName: 'Account ID',
			name: 'accountId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. b7eff798-f8df-4364-8059-649c35c9ed0c',
			description:
				'The Account ID shown next to your Personal Access Token in Developer Console (not your e-mail)',
		},
		{
			displayName: 'Personal Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				'Created in Developer Console under Settings > Authorization > Personal Access Tokens, with the scopes the nodes need',
		},
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			required: true,
			default: '',
			description:
				'Client ID of your Developer Console app; the webhooks the LiveChat Trigger registers belong to it',
		},
		{
			displayName: 'API URL',
			name: 'apiUrl',
			type: 'hidden',
			default: 'https://api.livechatinc.com',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			auth: {
				username: '={{$credentials.accountId}}',
				password: '={{$credentials.accessToken}}',
			},
		},
	};

	// Reading the webhook state proves the account, the token, its webhook scope and that the
	// Client ID belongs to the organization, all of which the trigger needs.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.apiUrl}}',
			url: '/v3.6/configuration/action/get_license_webhooks_state',
			method: 'POST',
			headers: {
				'X-Region':
					'={{ ($credentials.accessToken.match(/^([a-z]{2,6}(?:-[a-z0-9]+)?):[^/]/) || [])[1] || "dal" }}',
			},
			body: { owner_client_id: '={{$credentials.clientId}}' },
			json: true,
		},
		// n8n shows only the HTTP status of a failed test; these say what LiveChat's answer means.
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'LiveChat did not accept the Account ID and token (authentication error). Copy both again from Developer Console > Settings > Authorization > Personal Access Tokens.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						'LiveChat refused the token (authorization error): it lacks a scope. Create a token with webhooks.state:rw and the other scopes the README lists.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 400,
					message:
						"LiveChat rejected the request (validation error): check that the Client ID is your LiveChat app's.",
				},
			},
		],
	};
}
