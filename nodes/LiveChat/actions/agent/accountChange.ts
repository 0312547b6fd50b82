import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { liveChatApiRequest } from '../../transport';
import { agentIdOf } from '../parameters';
import type { Operation } from '../types';
import { requiredAgentLocator } from './descriptions';

/** Methods LiveChat's docs call "not yet available for public use" (private scopes). */
const NOT_PUBLIC_NOTICE =
	'LiveChat has not opened this method to apps yet: it needs a private scope, so LiveChat may refuse it. Then do it in the LiveChat app (Team → Agents), or delete the agent instead.';

/**
 * An operation that changes an agent's account by ID alone (delete, suspend, unsuspend,
 * approve): the agent field, an optional notice, one call, and what changed as the item.
 */
export function accountChange(
	operation: string,
	method: 'delete_agent' | 'suspend_agent' | 'unsuspend_agent' | 'approve_agent',
	outcome: IDataObject,
	notice = NOT_PUBLIC_NOTICE,
): Operation {
	const properties: INodeProperties[] = [
		requiredAgentLocator,
		{ displayName: notice, name: `${operation}Notice`, type: 'notice', default: '' },
	];
	return {
		description: updateDisplayOptions(
			{ show: { resource: ['agent'], operation: [operation] } },
			properties,
		),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const id = agentIdOf(this, itemIndex);
			await liveChatApiRequest(this, 'configuration', method, { id }, itemIndex);
			return { id, ...outcome };
		},
	};
}
