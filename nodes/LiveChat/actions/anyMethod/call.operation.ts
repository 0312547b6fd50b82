import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { liveChatMethodRequest } from '../../transport';
const METHOD_NAME = /^[a-z_]+(\/[a-z_]+)?$/;

const properties: INodeProperties[] = [
	{
		displayName:
			"Any method of LiveChat's API v3.6, sent with this node's credential: its region, retries (only for reads and repeatable writes) and errors that say what to do. The answer is the output: a list gives one item per entry.",
		name: 'customApiCallNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'API',
		name: 'api',
		type: 'options',
		options: [
			{ name: 'Agent Chat API', value: 'agent', description: 'POST /v3.6/agent/action/{method}' },
			{
				name: 'Configuration API',
				value: 'configuration',
				description: 'POST /v3.6/configuration/action/{method}',
			},
			{ name: 'Reports API', value: 'reports', description: 'POST /v3.6/reports/{report}' },
		],
		default: 'agent',
	},
	{
		displayName: 'Method',
		name: 'method',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. list_routing_statuses',
		description:
			"The method's name from LiveChat's docs; for the Reports API the report, e.g. chats/total_chats",
	},
	{
		displayName: 'Body (JSON)',
		name: 'body',
		type: 'json',
		default: '{}',
		description: "The method's request fields as a JSON object",
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['anyMethod'], operation: ['call'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const invalid = (message: string, description: string) =>
		new NodeOperationError(this.getNode(), message, { itemIndex, description });
	const api = this.getNodeParameter('api', itemIndex, 'agent') as
		| 'agent'
		| 'configuration'
		| 'reports';
	const method = String(this.getNodeParameter('method', itemIndex, '')).trim();
	if (!METHOD_NAME.test(method))
		throw invalid(
			`"${method}" is not a LiveChat method name`,
			"Write the method as LiveChat's docs name it, e.g. list_routing_statuses (Reports API: chats/total_chats).",
		);
	const raw = this.getNodeParameter('body', itemIndex, '{}');
	let body: unknown = raw;
	if (typeof raw === 'string') {
		try {
			body = JSON.parse(raw || '{}');
		} catch {
			throw invalid(
				'Body (JSON) is not valid JSON',
				'Write a JSON object, e.g. {"chat_id": "PJ0MRSHTDG"}.',
			);
		}
	}
	if (typeof body !== 'object' || body === null || Array.isArray(body))
		throw invalid(
			'Body (JSON) is not an object',
			'LiveChat takes the request fields as one JSON object.',
		);
	const answer = await liveChatMethodRequest(this, api, method, body as IDataObject, itemIndex);
	const asItem = (value: unknown): IDataObject =>
		typeof value === 'object' && value !== null
			? (value as IDataObject)
			: { value: value as IDataObject[string] };
	return Array.isArray(answer) ? answer.map(asItem) : asItem(answer);
}
