import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import {
	outputProperty,
	triggerProperties,
	triggerSubtitle,
} from '../../../nodes/LiveChat/trigger/description';
import { TRIGGER_ON_OPTIONS } from '../../../nodes/LiveChat/trigger/events';
import { LEGACY_EVENT_OPTIONS } from '../../../nodes/LiveChat/trigger/legacyWebhook';
import { evaluateExpression } from '../../helpers/expressions';

const property = (name: string) => triggerProperties.find((p) => p.name === name);

const subtitleFor = ($parameter: object) => evaluateExpression(triggerSubtitle, { $parameter });

describe('Trigger On', () => {
	it('offers the actions of events.ts in automatic mode, the legacy events in legacy mode', () => {
		expect(property('events')).toMatchObject({
			displayName: 'Trigger On',
			options: TRIGGER_ON_OPTIONS,
			displayOptions: { show: { webhookSource: ['automatic'] } },
		});
		expect(property('legacyEvents')).toMatchObject({
			displayName: 'Trigger On',
			options: LEGACY_EVENT_OPTIONS,
			displayOptions: { show: { webhookSource: ['legacy'] } },
		});
	});
});

describe('triggerProperties', () => {
	it('lists every choice sorted by name', () => {
		const withFields = triggerProperties.flatMap((p) =>
			p.type === 'collection' ? [p, ...(p.options as INodeProperties[])] : [p],
		);
		const namesOf = (p: INodeProperties) =>
			(p.options ?? []).map((o) => ('displayName' in o ? o.displayName : o.name));
		const withChoices = withFields.filter((p) => namesOf(p).length > 0);
		for (const p of withChoices) {
			expect(namesOf(p)).toEqual([...namesOf(p)].sort((a, b) => a.localeCompare(b)));
		}
		// Webhook Source, Authentication, both Trigger On, Output, Webhook Type, Additional Data,
		// Filters and 3 filters
		expect(withChoices).toHaveLength(11);
	});

	it('gives Webhook Source and Authentication no display conditions, automatic by default', () => {
		expect(property('webhookSource')).toMatchObject({ default: 'automatic' });
		expect(property('webhookSource')?.displayOptions).toBeUndefined();
		expect(property('authentication')?.displayOptions).toBeUndefined();
	});

	it('shows the filters and additional data in automatic mode only', () => {
		for (const name of ['notice', 'additionalData', 'filters']) {
			expect(property(name)?.displayOptions).toEqual({ show: { webhookSource: ['automatic'] } });
		}
		expect(property('legacyNotice')?.displayOptions).toEqual({
			show: { webhookSource: ['legacy'] },
		});
	});
});

describe('triggerSubtitle', () => {
	it('names the chosen events of the chosen mode', () => {
		expect(
			subtitleFor({ webhookSource: 'automatic', events: ['incoming_chat', 'thread_tagged'] }),
		).toBe('Incoming Chat, Thread Tagged');
		expect(
			subtitleFor({
				webhookSource: 'legacy',
				events: ['incoming_chat'],
				legacyEvents: ['chat_started'],
			}),
		).toBe('Chat Started');
	});

	it('reads Trigger On without a Webhook Source (version 1) and keeps unknown values as they are', () => {
		expect(subtitleFor({ events: ['chat_deactivated', 'some_future_action'] })).toBe(
			'Chat Deactivated, some_future_action',
		);
		expect(subtitleFor({ webhookSource: 'automatic' })).toBe('');
	});
});

describe('outputProperty', () => {
	it('is simplified by default and describes raw as the node says', () => {
		const output = outputProperty('What LiveChat sent');
		expect(output.default).toBe('simplified');
		const options = output.options as INodePropertyOptions[];
		expect(options.map((o) => o.value)).toEqual(['raw', 'simplified']);
		expect(options[0].description).toBe('What LiveChat sent');
	});
});
