import type { IExecuteFunctions, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import * as chat from './actions/chat';
import * as customer from './actions/customer';
import { router } from './actions/router';
import * as tag from './actions/tag';
import { listSearch, loadOptions } from './methods';

export class LiveChat implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'LiveChat',
		name: 'liveChat',
		icon: { light: 'file:livechat.svg', dark: 'file:livechat.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Read and tag LiveChat chats, fetch transcripts, send messages, and manage customers and tags',
		defaults: { name: 'LiveChat' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'liveChatOAuth2Api',
				required: true,
				displayOptions: { show: { authentication: ['oAuth2'] } },
			},
			{
				name: 'liveChatApi',
				required: true,
				displayOptions: { show: { authentication: ['accessToken'] } },
			},
		],
		properties: [
			{
				displayName: 'Authentication',
				name: 'authentication',
				type: 'options',
				options: [
					{ name: 'OAuth2', value: 'oAuth2' },
					{ name: 'Personal Access Token', value: 'accessToken' },
				],
				default: 'oAuth2',
			},
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Chat', value: 'chat' },
					{ name: 'Customer', value: 'customer' },
					{ name: 'Tag', value: 'tag' },
				],
				default: 'chat',
			},
			...chat.description,
			...customer.description,
			...tag.description,
		],
	};

	methods = { listSearch, loadOptions };

	async execute(this: IExecuteFunctions) {
		return await router.call(this);
	}
}
