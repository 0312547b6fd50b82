import type { Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * OAuth 2.1 authorization code grant of a Developer Console app. LiveChat takes the client
 * credentials in the token request body and sets scopes on the app, not in the request.
 * The hidden URLs hold LiveChat's production addresses; an n8n admin can preset them
 * (CREDENTIALS_OVERWRITE_DATA), which is how tests point the credential at a local server.
 */
export class LiveChatOAuth2Api implements ICredentialType {
	name = 'liveChatOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'LiveChat OAuth2 API';

	icon: Icon = {
		light: 'file:../nodes/LiveChat/livechat.svg',
		dark: 'file:../nodes/LiveChat/livechat.dark.svg',
	};

	documentationUrl = 'https://github.com/n8n-nodes-livechat/n8n-nodes-livechat#livechat-oauth2-api';

	properties: INodeProperties[] = [
		{
			displayName:
				'Use the Client ID and Client Secret of your own app in LiveChat Developer Console. Its Client ID also owns the webhooks the LiveChat Trigger registers. Webhook scopes must be granted by a LiveChat administrator.',
			name: 'notice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'hidden',
			default: 'authorizationCode',
		},
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'hidden',
			default: 'https://accounts.livechat.com/',
			required: true,
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'hidden',
			default: 'https://accounts.livechat.com/v2/token',
			required: true,
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'hidden',
			default: '',
		},
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			default: '',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'hidden',
			default: 'body',
		},
		{
			displayName: 'API URL',
			name: 'apiUrl',
			type: 'hidden',
			default: 'https://api.livechatinc.com',
		},
	];
}
