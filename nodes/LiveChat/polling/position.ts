import type { IDataObject, IPollFunctions } from 'n8n-workflow';

/**
 * Where the LiveChat Polling Trigger stands, the only thing it keeps in static data. Threads are
 * named by their id (unique in LiveChat), each with its creation time in seconds (LiveChat's clock).
 */
export interface Position {
	/** The Start From setting this position was built from ('' when none: from activation). */
	startFrom: string;
	/** The Groups setting it was built for (empty: every group); another one starts over. */
	groupIds: number[];
	/** Every poll reads the threads created from here on (LiveChat's time, whole seconds). */
	since: string;
	/** Threads seen started and not yet seen ended. */
	open: Record<string, number>;
	/** Threads seen ended that were created since `since`: the archives still list them. */
	ended: Record<string, number>;
	/** Open threads that no list shows, with when (n8n's clock, ms) they were first found nowhere. */
	missing: Record<string, number>;
}

interface PollingStaticData extends IDataObject {
	position?: Position;
}

const staticDataOf = (context: IPollFunctions) =>
	context.getWorkflowStaticData('node') as PollingStaticData;

/** A copy of the stored position, so a failed poll leaves the stored one as it was. */
export function readPosition(context: IPollFunctions): Position | undefined {
	const position = staticDataOf(context).position;
	if (!position || typeof position.since !== 'string' || !Array.isArray(position.groupIds)) {
		return undefined;
	}
	return {
		startFrom: position.startFrom ?? '',
		groupIds: [...position.groupIds],
		since: position.since,
		open: { ...position.open },
		ended: { ...position.ended },
		missing: { ...position.missing },
	};
}

export function savePosition(context: IPollFunctions, position: Position) {
	staticDataOf(context).position = position;
}
