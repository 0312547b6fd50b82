import type { IExecuteFunctions, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import * as agent from './actions/agent';
import * as anyMethod from './actions/anyMethod';
import * as autoAccess from './actions/autoAccess';
import * as bot from './actions/bot';
import * as chat from './actions/chat';
import * as customer from './actions/customer';
import * as greeting from './actions/greeting';
import * as group from './actions/group';
import * as property from './actions/property';
import * as report from './actions/report';
import { router } from './actions/router';
import * as tag from './actions/tag';
import * as visitor from './actions/visitor';
import { credentialTest, listSearch, loadOptions } from './methods';
import { actionAuthenticationProperty } from './shared/authentication';
import { LEGACY_CREDENTIAL } from './transport/legacy';

/**
 * Resources on API v3.6, with the OAuth2 or Personal Access Token credential; Visitor (Legacy) uses
 * the legacy credential. (Why Authentication has no display conditions: shared/authentication.ts.)
 */
const V3_RESOURCES = [
	'agent',
	'anyMethod',
	'autoAccess',
	'bot',
	'chat',
	'customer',
	'greeting',
	'group',
	'property',
	'report',
	'tag',
];

export class LiveChat implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'LiveChat',
		name: 'liveChat',
		icon: { light: 'file:livechat.svg', dark: 'file:livechat.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Read and tag LiveChat chats, fetch transcripts, send messages, and manage customers, agents, groups, greetings, routing rules and tags',
		defaults: { name: 'LiveChat' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'liveChatOAuth2Api',
				required: true,
				displayOptions: { show: { resource: V3_RESOURCES, authentication: ['oAuth2'] } },
			},
			{
				name: 'liveChatApi',
				required: true,
				displayOptions: { show: { resource: V3_RESOURCES, authentication: ['accessToken'] } },
			},
			{
				name: 'liveChatBotApi',
				required: true,
				displayOptions: { show: { resource: V3_RESOURCES, authentication: ['bot'] } },
			},
			{
				name: LEGACY_CREDENTIAL,
				required: true,
				testedBy: 'liveChatLegacyWebhookCheck',
				displayOptions: { show: { resource: ['visitor'] } },
			},
		],
		properties: [
			actionAuthenticationProperty,
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Agent', value: 'agent' },
					{
						name: 'Any Method',
						value: 'anyMethod',
						description: "Any LiveChat API v3.6 method by name, through this node's credential",
					},
					{ name: 'Bot', value: 'bot' },
					{ name: 'Chat', value: 'chat' },
					{ name: 'Customer', value: 'customer' },
					{ name: 'Greeting', value: 'greeting' },
					{ name: 'Group', value: 'group' },
					{
						name: 'Property',
						value: 'property',
						description: "Your app's properties and the values of license and group properties",
					},
					{ name: 'Report', value: 'report' },
					{
						name: 'Routing Rule',
						value: 'autoAccess',
						description: 'Auto access: which groups get the chats of visitors by page or place',
					},
					{ name: 'Tag', value: 'tag' },
					{
						name: 'Visitor (Legacy)',
						value: 'visitor',
						description: 'Visitor details with the token of a legacy (v2) webhook',
					},
				],
				default: 'chat',
			},
			...agent.description,
			...anyMethod.description,
			...autoAccess.description,
			...bot.description,
			...chat.description,
			...customer.description,
			...greeting.description,
			...group.description,
			...property.description,
			...report.description,
			...tag.description,
			...visitor.description,
		],
	};

	methods = { credentialTest, listSearch, loadOptions };

	async execute(this: IExecuteFunctions) {
		return await router.call(this);
	}
}
