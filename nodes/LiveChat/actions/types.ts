import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { OperationRun } from './run';

export interface Operation {
	description: INodeProperties[];
	/** Handles one input item; an array becomes one output item per record. */
	execute(
		this: IExecuteFunctions,
		itemIndex: number,
		run: OperationRun,
	): Promise<IDataObject | IDataObject[]>;
}

export type LiveChatResource =
	| 'agent'
	| 'anyMethod'
	| 'autoAccess'
	| 'bot'
	| 'chat'
	| 'customer'
	| 'greeting'
	| 'group'
	| 'property'
	| 'report'
	| 'tag'
	| 'visitor';
