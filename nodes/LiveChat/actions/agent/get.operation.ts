import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { agentIdOf } from '../parameters';
import { AGENT_FIELDS, requiredAgentLocator } from './descriptions';

const properties: INodeProperties[] = [requiredAgentLocator];

export const description = updateDisplayOptions(
	{ show: { resource: ['agent'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = agentIdOf(this, itemIndex);
	const agent = await liveChatApiRequest(
		this,
		'configuration',
		'get_agent',
		{ id, fields: AGENT_FIELDS },
		itemIndex,
	);
	return { ...agent };
}
