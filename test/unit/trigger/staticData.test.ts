import type { IDataObject, IHookFunctions } from 'n8n-workflow';

import {
	clearRegistrations,
	readRegistrations,
	saveRegistrations,
} from '../../../nodes/LiveChat/trigger/staticData';
import { hookContext } from '../../helpers/contexts';
import { create } from '../../helpers/registrations';

/** A context whose node static data is `staticData`. */
const contextWith = (staticData: IDataObject) =>
	({ getWorkflowStaticData: () => staticData }) as unknown as IHookFunctions;

const SAVED = { registrations: { incoming_chat: 'wh-1', thread_tagged: 'wh-2' }, secret: 's3cret' };

describe('trigger static data', () => {
	it('reads no registrations and no secret from empty static data', () => {
		expect(readRegistrations(contextWith({}))).toEqual({ registrations: {}, secret: undefined });
	});

	it('stores only the registration ids and the secret, and reads them back', () => {
		const staticData: IDataObject = {};
		saveRegistrations(contextWith(staticData), SAVED);
		expect(staticData).toEqual(SAVED);
		expect(readRegistrations(contextWith(staticData))).toEqual(SAVED);
	});

	it('clears the ids and the secret, and nothing else', () => {
		const staticData: IDataObject = { ...SAVED, kept: 'by another version' };
		clearRegistrations(contextWith(staticData));
		expect(staticData).toEqual({ kept: 'by another version' });
	});

	it('stays empty in legacy mode, which registers nothing', async () => {
		const { context, staticData } = hookContext({
			parameters: { webhookSource: 'legacy', legacyEvents: ['chat_started'] },
		});
		await create.call(context);
		expect(staticData).toEqual({});
	});
});
