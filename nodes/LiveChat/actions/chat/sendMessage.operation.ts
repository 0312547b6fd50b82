import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { isRequesterOutsideChatError } from '../../transport/errors';
import { chatIdField } from '../descriptions';
import { chatIdOf, requiredText } from '../parameters';
import type { OperationRun } from '../run';

const properties: INodeProperties[] = [
	chatIdField,
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		description: 'The message (at most 16 KB)',
	},
	{
		displayName: 'Visible To',
		name: 'visibility',
		type: 'options',
		options: [
			{
				name: 'Agents Only (Internal Note)',
				value: 'agents',
				description: 'A note the customer does not see',
			},
			{
				name: 'Everyone in the Chat',
				value: 'all',
				description: 'A message to the customer',
			},
		],
		default: 'all',
	},
	{
		displayName: 'Join the Chat First',
		name: 'joinFirst',
		type: 'boolean',
		default: false,
		description:
			'Whether to add the user of the credential (agent or bot) to the chat, visible to everyone, when it is not in it yet; LiveChat takes messages only from users of the chat',
	},
	{
		displayName:
			'LiveChat sends the message as the user of the credential, who must be in the chat (turn on "Join the Chat First" to join it), and the chat must still be active',
		name: 'sendNotice',
		type: 'notice',
		default: '',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['sendMessage'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number, run: OperationRun) {
	const chatId = chatIdOf(this, itemIndex);
	const text = requiredText(this, 'text', itemIndex, 'Text');
	const visibility = this.getNodeParameter('visibility', itemIndex, 'all') as string;
	const joinFirst = this.getNodeParameter('joinFirst', itemIndex, false) === true;
	const send = async () =>
		await liveChatApiRequest(
			this,
			'agent',
			'send_event',
			{ chat_id: chatId, event: { type: 'message', text, visibility } },
			itemIndex,
		);
	if (!joinFirst) return { chat_id: chatId, event_id: (await send()).event_id, visibility };
	// Sending first costs nothing extra when the sender is already in the chat; LiveChat's
	// "requester is not a user of this chat" answer says it must join (and nothing was sent).
	const first = await send().then(
		(sent) => sent,
		(error: Error) => error,
	);
	if (!(first instanceof Error))
		return { chat_id: chatId, event_id: first.event_id, visibility, joined: false };
	if (!isRequesterOutsideChatError(first)) throw first;
	await liveChatApiRequest(
		this,
		'agent',
		'add_user_to_chat',
		{
			chat_id: chatId,
			user_id: await run.requesterUserId(itemIndex),
			user_type: 'agent',
			visibility: 'all',
			// The requester is not in the chat yet: that is why it joins.
			ignore_requester_presence: true,
		},
		itemIndex,
	);
	return { chat_id: chatId, event_id: (await send()).event_id, visibility, joined: true };
}
