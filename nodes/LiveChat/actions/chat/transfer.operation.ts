import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { textList } from '../../shared/lists';
import { liveChatApiRequest } from '../../transport';
import { chatIdField, groupIdField } from '../descriptions';
import { chatIdOf, chosenGroupId, ignoreRequesterPresence } from '../parameters';
import { ignoreRequesterPresenceField } from './descriptions';

const properties: INodeProperties[] = [
	chatIdField,
	{
		displayName: 'Transfer',
		name: 'target',
		type: 'options',
		options: [
			{
				name: 'To a Group',
				value: 'group',
				description: 'Move the chat to a group; LiveChat gives it to a free agent of that group',
			},
			{
				name: 'To Agents',
				value: 'agents',
				description: 'Give the chat to chosen agents (or bots) who share a group with it',
			},
			{
				name: 'Within Its Current Group',
				value: 'currentGroup',
				description: "Give the chat to another free agent of the chat's group",
			},
		],
		default: 'group',
	},
	{
		...groupIdField,
		required: true,
		description:
			'Group to move the chat to. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show: { target: ['group'] } },
	},
	{
		displayName: 'Agent Names or IDs',
		name: 'agentIds',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getAgentsForTransfer', loadOptionsDependsOn: ['chatId'] },
		required: true,
		default: [],
		description:
			'Agents (e-mails) or bots (IDs) to give the chat to; the list shows those the chat can go to, least busy first. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show: { target: ['agents'] } },
	},
	{
		displayName: 'Queue If Nobody Is Free',
		name: 'queueIfNobodyFree',
		type: 'boolean',
		default: false,
		description:
			'Whether to queue the chat for the target when none of its agents can take it now; otherwise the transfer fails (ignore_agents_availability)',
	},
	ignoreRequesterPresenceField,
	{
		displayName:
			'The agents in the chat, including the user of the credential, leave it; the customer stays',
		name: 'transferNotice',
		type: 'notice',
		default: '',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['transfer'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const chatId = chatIdOf(this, itemIndex);
	const target = this.getNodeParameter('target', itemIndex, 'group') as string;
	const transferredTo: IDataObject = {};
	let request: IDataObject | undefined;
	if (target === 'group') {
		const groupId = chosenGroupId(this, itemIndex);
		request = { type: 'group', ids: [groupId] };
		transferredTo.group_ids = [groupId];
	} else if (target === 'agents') {
		const agentIds = textList(this.getNodeParameter('agentIds', itemIndex, []));
		if (!agentIds.length) {
			throw new NodeOperationError(this.getNode(), 'No agents to transfer the chat to', {
				itemIndex,
				description:
					'Choose at least one agent, or give agent e-mails or bot IDs (comma-separated) with an expression.',
			});
		}
		request = { type: 'agent', ids: agentIds };
		transferredTo.agent_ids = agentIds;
	}
	const queueIfNobodyFree = this.getNodeParameter('queueIfNobodyFree', itemIndex, false) === true;
	await liveChatApiRequest(
		this,
		'agent',
		'transfer_chat',
		{
			id: chatId,
			...(request && { target: request }),
			ignore_agents_availability: queueIfNobodyFree,
			ignore_requester_presence: ignoreRequesterPresence(this, itemIndex),
		},
		itemIndex,
	);
	return {
		chat_id: chatId,
		target,
		...transferredTo,
		queue_if_nobody_free: queueIfNobodyFree,
	};
}
