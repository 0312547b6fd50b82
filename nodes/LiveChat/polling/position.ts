import type { IDataObject, IPollFunctions } from 'n8n-workflow';

/**
 * Where the LiveChat Polling Trigger stands, the only thing it keeps in static data. Threads are
 * named `chatId:threadId`, each with its creation time in seconds (LiveChat's clock).
 */
export interface Position {
	/** The Start From setting this position was built from ('' when none: from activation). */
	startFrom: string;
	/** Every poll reads the threads created from here on (LiveChat's time, RFC 3339). */
	since: string;
	/** Threads seen started and not yet seen ended. */
	open: Record<string, number>;
	/** Threads seen ended that were created since `since`: the archives still list them. */
	ended: Record<string, number>;
}

interface PollingStaticData extends IDataObject {
	position?: Position;
}

const staticDataOf = (context: IPollFunctions) =>
	context.getWorkflowStaticData('node') as PollingStaticData;

export function readPosition(context: IPollFunctions): Position | undefined {
	const position = staticDataOf(context).position;
	if (!position || typeof position.since !== 'string') return undefined;
	return {
		startFrom: position.startFrom ?? '',
		since: position.since,
		open: { ...position.open },
		ended: { ...position.ended },
	};
}

export function savePosition(context: IPollFunctions, position: Position) {
	staticDataOf(context).position = position;
}

export const threadKey = (chatId: string, threadId: string) => `${chatId}:${threadId}`;
