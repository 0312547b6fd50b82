import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { trimmedText } from '../parameters';

/** LiveChat caps a group's name. */
export const MAX_GROUP_NAME = 180;

/** The `agent_priorities` map from the Agents field: `{ "<agent id>": "<priority>" }`. */
export function agentPriorities(
	context: IExecuteFunctions,
	agents: IDataObject | undefined,
	itemIndex: number,
): Record<string, string> {
	const entries = (agents?.agent ?? []) as IDataObject[];
	const priorities: Record<string, string> = {};
	for (const entry of entries) {
		const id = trimmedText(entry.id);
		if (!id) {
			throw new NodeOperationError(context.getNode(), 'An agent of the group is empty', {
				itemIndex,
				description: 'Choose each agent from the list, or remove the empty entry.',
			});
		}
		priorities[id] = String(entry.priority ?? 'normal');
	}
	return priorities;
}

/** A group name within LiveChat's limit. */
export function groupName(context: IExecuteFunctions, name: string, itemIndex: number): string {
	if (name.length > MAX_GROUP_NAME) {
		throw new NodeOperationError(context.getNode(), 'The group name is too long', {
			itemIndex,
			description: `LiveChat takes at most ${MAX_GROUP_NAME} characters; this one has ${name.length}.`,
		});
	}
	return name;
}
