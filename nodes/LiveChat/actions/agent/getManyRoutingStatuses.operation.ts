import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { normalRoutingStatus } from '../../shared/routingStatus';
import { liveChatApiRequest } from '../../transport';
import { groupIdsField } from '../descriptions';
import { groupIds } from '../parameters';

const properties: INodeProperties[] = [
	{
		...groupIdsField,
		description:
			'Only agents and bots of these groups; none for everyone. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['agent'], operation: ['getManyRoutingStatuses'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const groups = groupIds(this.getNodeParameter('groupIds', itemIndex, []));
	const statuses = await liveChatApiRequest(
		this,
		'agent',
		'list_routing_statuses',
		groups.length ? { filters: { group_ids: groups } } : {},
		itemIndex,
	);
	return statuses.map(({ agent_id, status }) => ({
		agent_id,
		status: normalRoutingStatus(status),
	}));
}
