import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { LiveChat } from '../../nodes/LiveChat/LiveChat.node';
import type { ExecuteOptions } from './contexts';
import { executeContext } from './contexts';

const node = new LiveChat();

/** Runs the LiveChat action node once over `items` and returns its only output. */
export async function runNode(
	parameters: IDataObject,
	options: Omit<ExecuteOptions, 'parameters'> = {},
): Promise<INodeExecutionData[]> {
	const { context } = executeContext({ ...options, parameters });
	const [output] = await node.execute.call(context);
	return output;
}

/** Runs the node and returns the error it throws. */
export async function failingRun(
	parameters: IDataObject,
	options: Omit<ExecuteOptions, 'parameters'> = {},
): Promise<Error & { description?: string; context?: IDataObject }> {
	const error = await runNode(parameters, options).then(
		() => undefined,
		(caught: Error) => caught,
	);
	if (!error) throw new Error('the node did not fail');
	return error;
}

export const tagLocator = (value: string) => ({ __rl: true, mode: 'list', value });
