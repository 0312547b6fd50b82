import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { CurrentThreads } from './chat/readChats';

/** What the operations of one execution share. */
export interface OperationRun {
	currentThreads: CurrentThreads;
}

export interface Operation {
	description: INodeProperties[];
	/** Handles one input item; an array becomes one output item per record. */
	execute(
		this: IExecuteFunctions,
		itemIndex: number,
		run: OperationRun,
	): Promise<IDataObject | IDataObject[]>;
}

export type LiveChatResource = 'agent' | 'bot' | 'chat' | 'customer' | 'report' | 'tag' | 'visitor';
