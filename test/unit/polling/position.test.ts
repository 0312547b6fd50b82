import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import type { Position } from '../../../nodes/LiveChat/polling/position';
import { readPosition, savePosition } from '../../../nodes/LiveChat/polling/position';

/** A context whose node static data is `staticData`. */
const contextWith = (staticData: IDataObject) =>
	({ getWorkflowStaticData: () => staticData }) as unknown as IPollFunctions;

const STORED: Position = {
	startFrom: '2026-12-01T00:00:00.000Z',
	groupIds: [1, 2],
	since: '2026-12-04T09:00:00.000000Z',
	open: { T1: 1_796_374_800 },
	ended: { T2: 1_796_374_000 },
	missing: { T1: 1_796_378_400_000 },
};

describe('readPosition', () => {
	it('reads no position from empty static data, or from one it cannot use', () => {
		expect(readPosition(contextWith({}))).toBeUndefined();
		expect(readPosition(contextWith({ position: { ...STORED, since: 42 } }))).toBeUndefined();
		expect(readPosition(contextWith({ position: { ...STORED, groupIds: '1' } }))).toBeUndefined();
	});

	it('gives a copy, so that a failed poll leaves the stored position as it was', () => {
		const staticData = { position: structuredClone(STORED) } as IDataObject;
		const position = readPosition(contextWith(staticData))!;
		expect(position).toEqual(STORED);
		position.groupIds.push(3);
		position.open.T3 = 1;
		position.ended.T4 = 1;
		position.missing.T5 = 1;
		expect(staticData.position).toEqual(STORED);
	});

	it('reads a position stored without Start From as one from activation', () => {
		const { startFrom: _startFrom, ...withoutStartFrom } = STORED;
		const position = readPosition(contextWith({ position: withoutStartFrom }));
		expect(position?.startFrom).toBe('');
	});
});

describe('savePosition', () => {
	it('keeps the position as the only thing in static data', () => {
		const staticData: IDataObject = {};
		savePosition(contextWith(staticData), STORED);
		expect(staticData).toEqual({ position: STORED });
		expect(readPosition(contextWith(staticData))).toEqual(STORED);
	});
});
