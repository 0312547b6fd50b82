import type { INodeProperties } from 'n8n-workflow';

import {
	POLLED_EVENT_OPTIONS,
	pollingProperties,
	pollingSubtitle,
} from '../../../nodes/LiveChat/polling/description';
import { authenticationProperty } from '../../../nodes/LiveChat/shared/authentication';
import { evaluateExpression } from '../../helpers/expressions';

const property = (name: string) => pollingProperties.find((p) => p.name === name);

const subtitleFor = ($parameter: object) => evaluateExpression(pollingSubtitle, { $parameter });

describe('Trigger On', () => {
	it('offers Chat Ended and Chat Started, the two webhook actions a poll can see', () => {
		expect(POLLED_EVENT_OPTIONS.map((o) => [o.name, o.value])).toEqual([
			['Chat Ended', 'chat_deactivated'],
			['Chat Started', 'incoming_chat'],
		]);
		expect(property('events')).toMatchObject({
			options: POLLED_EVENT_OPTIONS,
			default: ['incoming_chat'],
			required: true,
		});
	});
});

describe('pollingSubtitle', () => {
	it('names the chosen events, and keeps unknown values as they are', () => {
		expect(subtitleFor({ events: ['incoming_chat', 'chat_deactivated'] })).toBe(
			'Chat Started, Chat Ended',
		);
		expect(subtitleFor({ events: ['chat_transferred'] })).toBe('chat_transferred');
		expect(subtitleFor({})).toBe('');
	});
});

describe('pollingProperties', () => {
	it('chooses the credential as the LiveChat Trigger does, without display conditions', () => {
		expect(property('authentication')).toBe(authenticationProperty);
		expect(property('authentication')?.displayOptions).toBeUndefined();
	});

	it('reads every group when none is chosen, simplified items, no transcript, from activation', () => {
		expect(property('groupIds')?.description).toMatch(/^Only chats of these groups; none chosen/);
		expect(property('output')?.default).toBe('simplified');
		const options = property('options')?.options as INodeProperties[];
		expect(options.map((o) => [o.name, o.default])).toEqual([
			['includeTranscript', false],
			['startFrom', ''],
		]);
	});
});
