import { operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';

const greeting = operationParameters('greeting');
const onPricing = {
	rule: [
		{ condition: 'and', type: 'url_current', operator: 'contains', value: '/pricing' },
		{ condition: 'and', type: 'visit_time_page', operator: 'greater_than', value: '20' },
	],
};

describe('Greeting → Create', () => {
	it('creates a greeting with its rules, message and dates in the workflow’s time zone', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			greeting('create', {
				name: 'Pricing help',
				groupId: 1,
				message: 'Need help choosing a plan?',
				rules: onPricing,
				active: true,
				additionalFields: { activeFrom: '2026-12-24T09:00:00', exitIntent: true },
			}),
			{ timezone: 'Europe/Warsaw' },
		);
		const request = {
			type: 'normal',
			name: 'Pricing help',
			active: true,
			active_from: '2026-12-24T08:00:00.000Z',
			rules: [
				{ condition: 'and', type: 'url_current', operator: 'contains', value: '/pricing' },
				{ condition: 'and', type: 'visit_time_page', operator: 'greater_than', value: '20' },
			],
			properties: { 'greeting-message_text': 'Need help choosing a plan?', is_exit_intent: 'true' },
			group: 1,
		};
		expect(fake.callsOf('create_greeting')[0].body).toEqual(request);
		expect(item.json).toEqual({ id: 2, ...request });
		expect(fake.simulator.state.greetings).toHaveLength(2);
	});

	it('sends URL lists and session fields as LiveChat’s rule types want them', async () => {
		const fake = new FakeLiveChat();
		await runNode(
			greeting('create', {
				name: 'Funnel',
				groupId: 0,
				rules: {
					rule: [
						{
							condition: 'and',
							type: 'url_funnel',
							urls: '/cart, /checkout',
							urlOperator: 'contains',
						},
						{
							condition: 'or',
							type: 'ads_traffic',
							sessionField: 'google',
							sessionValue: 'winter',
						},
					],
				},
			}),
		);
		expect(fake.callsOf('create_greeting')[0].body.rules).toEqual([
			{
				condition: 'and',
				type: 'url_funnel',
				urls: [
					{ url: '/cart', operator: 'contains' },
					{ url: '/checkout', operator: 'contains' },
				],
			},
			{ condition: 'or', type: 'ads_traffic', session_field: { google: 'winter' } },
		]);
	});

	it.each([
		[{ rules: {} }, 'The greeting has no rule'],
		[
			{ rules: { rule: [{ type: 'visit_time_site', operator: 'greater_than', value: '901' }] } },
			'Rule 1 (visit_time_site): 901 is not 0 to 900 seconds',
		],
		[
			{ rules: { rule: [{ type: 'url_current', operator: 'contains', value: '' }] } },
			'has no value',
		],
		[{ rules: { rule: [{ type: 'url_funnel', urls: '' }] } }, 'needs 1 to 10 URLs'],
		[{ rules: { rule: [{ type: 'ads_traffic', sessionField: 'bing' }] } }, 'is not an ads source'],
		[{ rules: onPricing, additionalFields: { activeUntil: 'soon' } }, 'Active Until is not a date'],
	])('refuses %j before calling LiveChat', async (parameters, message) => {
		const fake = new FakeLiveChat();
		const error = await failingRun(greeting('create', { name: 'G', groupId: 0, ...parameters }));
		expect(error.message).toContain(message);
		expect(fake.calls).toEqual([]);
	});
});
