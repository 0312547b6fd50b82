import type { IDataObject } from 'n8n-workflow';

import { modeOf } from '../../../../nodes/LiveChat/trigger/modes';
import { automaticMode } from '../../../../nodes/LiveChat/trigger/modes/automatic';
import { legacyMode } from '../../../../nodes/LiveChat/trigger/modes/legacy';
import { hookContext, webhookContext } from '../../../helpers/contexts';

const modeFor = (parameters: IDataObject) => modeOf(hookContext({ parameters }).context);

describe('modeOf', () => {
	it('picks the legacy mode for Legacy Webhooks', () => {
		expect(modeFor({ webhookSource: 'legacy' })).toBe(legacyMode);
	});

	it('picks the automatic mode for Automatic, and for version 1 workflows without the parameter', () => {
		expect(modeFor({ webhookSource: 'automatic' })).toBe(automaticMode);
		expect(modeFor({})).toBe(automaticMode);
	});

	it('picks the same mode for a delivery as for activation', () => {
		for (const webhookSource of ['automatic', 'legacy']) {
			const { context } = webhookContext({}, { parameters: { webhookSource } });
			expect(modeOf(context)).toBe(modeFor({ webhookSource }));
		}
	});
});
