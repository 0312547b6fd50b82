import type { Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * For accounts still on legacy (v2) webhooks: the Basic Auth user and password written into the
 * webhook URL set up in LiveChat, which the LiveChat Trigger checks on every delivery. The API URL
 * is where Visitor → Add Details sends the webhook's own token; there is no API secret here.
 */
export class LiveChatLegacyWebhookApi implements ICredentialType {
	name = 'liveChatLegacyWebhookApi';

	displayName = 'LiveChat Legacy Webhook API';

	icon: Icon = {
		light: 'file:../nodes/LiveChat/livechat.svg',
		dark: 'file:../nodes/LiveChat/livechat.dark.svg',
	};

	documentationUrl =
		'https://github.com/n8n-nodes-livechat/n8n-nodes-livechat/blob/main/docs/trigger.md#legacy-webhooks-manual-setup';

	properties: INodeProperties[] = [
		{
			displayName: 'User',
			name: 'user',
			type: 'string',
			required: true,
			default: 'livechat',
			description: 'The user you write into the webhook URL in LiveChat: https://user:password@…',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				'A long random password you also write into the webhook URL in LiveChat (URL-encode characters other than letters and digits)',
		},
		{
			displayName: 'API URL',
			name: 'apiUrl',
			type: 'hidden',
			default: 'https://api.livechatinc.com',
		},
	];
}
