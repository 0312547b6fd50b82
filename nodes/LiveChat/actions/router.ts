import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import * as agent from './agent';
import * as anyMethod from './anyMethod';
import * as autoAccess from './autoAccess';
import * as bot from './bot';
import * as chat from './chat';
import * as customer from './customer';
import * as greeting from './greeting';
import * as group from './group';
import * as property from './property';
import * as report from './report';
import { OperationRun } from './run';
import * as tag from './tag';
import type { LiveChatResource, Operation } from './types';
import * as visitor from './visitor';

const RESOURCES: Record<LiveChatResource, Record<string, Operation>> = {
	agent: agent.operations,
	anyMethod: anyMethod.operations,
	autoAccess: autoAccess.operations,
	bot: bot.operations,
	chat: chat.operations,
	customer: customer.operations,
	greeting: greeting.operations,
	group: group.operations,
	property: property.operations,
	report: report.operations,
	tag: tag.operations,
	visitor: visitor.operations,
};

/** What n8n's editor sets Resource or Operation to for its own "Custom API Call" entry. */
const CUSTOM_API_CALL = '__CUSTOM_API_CALL__';

/** Runs the chosen operation once per input item; each output item is paired with its input. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const resource = this.getNodeParameter('resource', 0) as LiveChatResource;
	const operationName = this.getNodeParameter('operation', 0) as string;
	const operation = RESOURCES[resource]?.[operationName];
	if (!operation && [resource, operationName].includes(CUSTOM_API_CALL as LiveChatResource)) {
		throw new NodeOperationError(this.getNode(), 'Custom API Call runs elsewhere', {
			description:
				"Choose Resource → Any Method → Call to call a LiveChat method by name through this node, or use n8n's HTTP Request node with Authentication: Predefined Credential Type and your LiveChat credential.",
		});
	}
	if (!operation) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operationName}" of "${resource}" is not known`,
		);
	}
	const run = new OperationRun(this);
	const output: INodeExecutionData[] = [];
	const items = this.getInputData();
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const result = await operation.execute.call(this, itemIndex, run);
			output.push(
				...this.helpers.constructExecutionMetaData(this.helpers.returnJsonArray(result), {
					itemData: { item: itemIndex },
				}),
			);
		} catch (caught) {
			const error =
				caught instanceof NodeApiError || caught instanceof NodeOperationError
					? caught
					: new NodeOperationError(this.getNode(), caught as Error, { itemIndex });
			if (!this.continueOnFail()) throw error;
			output.push({
				json: {
					error: error.message,
					...(error.description && { description: error.description }),
				},
				// "Continue (using error output)" routes an item by its `error` (a json with more than
				// error, message and details would stay on the success output); n8n then keeps only
				// the message in its json, so "Continue" alone keeps the description.
				...(this.getNode().onError === 'continueErrorOutput' && { error }),
				pairedItem: { item: itemIndex },
			});
		}
	}
	return [output];
}
