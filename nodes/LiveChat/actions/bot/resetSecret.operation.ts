import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { getLiveChatAccount, liveChatApiRequest } from '../../transport';
import { botIdOf } from '../parameters';
import { botIdField } from './descriptions';

const properties: INodeProperties[] = [
	botIdField,
	{
		displayName: 'Output the New Secret',
		name: 'outputSecret',
		type: 'boolean',
		default: false,
		description:
			'Whether to put the new secret in the output item; off, the old secret is only revoked and the new one is never shown',
	},
	{
		displayName:
			"The old secret stops working at once. n8n keeps items in its execution history: copy the secret into the LiveChat Bot API credential's Bot Secret, then delete this execution (or don't save successful ones).",
		name: 'secretNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { outputSecret: [true] } },
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['bot'], operation: ['resetSecret'] } },
	properties,
);

/** The only operation whose item may hold a secret, and only when the user turns that on. */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = botIdOf(this, itemIndex);
	const { clientId } = await getLiveChatAccount.call(this);
	const { secret } = await liveChatApiRequest(
		this,
		'configuration',
		'reset_bot_secret',
		{ id, ...(clientId && { owner_client_id: clientId }) },
		itemIndex,
	);
	const outputSecret = this.getNodeParameter('outputSecret', itemIndex, false) === true;
	return outputSecret ? { id, secret } : { id, secretReset: true };
}
