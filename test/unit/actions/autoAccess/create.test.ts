import { operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';
import { SHOP_RULE_ID } from '../../../simulator/state';

const rule = operationParameters('autoAccess');

describe('Routing Rule → Create', () => {
	it('routes visitors by domain and place to groups, placed before another rule', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			rule('create', {
				groupIds: [1],
				conditions: {
					domainMatches: { match: [{ value: ' shop.example.de ', exactMatch: true }] },
					locations: {
						location: [
							{ country: 'Germany', countryCode: 'DE', region: '', city: '' },
							{ country: '', countryCode: '', region: '', city: '' },
						],
					},
				},
				description: 'German shop',
				nextId: SHOP_RULE_ID,
			}),
		);
		const request = {
			access: { groups: [1] },
			conditions: {
				domain: { values: [{ value: 'shop.example.de', exact_match: true }] },
				geolocation: { values: [{ country: 'Germany', country_code: 'DE' }] },
			},
			description: 'German shop',
			next_id: SHOP_RULE_ID,
		};
		expect(fake.callsOf('add_auto_access')[0].body).toEqual(request);
		expect(item.json).toEqual({ id: expect.stringMatching(/^[0-9a-f]{32}$/), ...request });
		expect(fake.simulator.state.autoAccesses.map((known) => known.description)).toEqual([
			'German shop',
			'Visitors from the shop',
		]);
	});

	it('puts a rule without a place last, and sends URL exclusions', async () => {
		const fake = new FakeLiveChat();
		await runNode(
			rule('create', {
				groupIds: '0',
				conditions: { urlExcludes: { match: [{ value: '/careers' }] } },
				description: '',
				nextId: '',
			}),
		);
		expect(fake.callsOf('add_auto_access')[0].body).toEqual({
			access: { groups: [0] },
			conditions: { url: { exclude_values: [{ value: '/careers', exact_match: false }] } },
			description: '',
		});
		expect(fake.simulator.state.autoAccesses).toHaveLength(2);
	});

	it.each([
		[{ groupIds: [1], conditions: {} }, 'The rule has no condition'],
		[
			{ groupIds: [1], conditions: { locations: { location: [{ country: ' ' }] } } },
			'The rule has no condition',
		],
		[
			{
				groupIds: [1],
				conditions: {
					urlMatches: { match: [{ value: 'a' }] },
					urlExcludes: { match: [{ value: 'b' }] },
				},
			},
			'URL has both "One Of" and "Not Any Of" values',
		],
		[
			{ groupIds: [], conditions: { urlMatches: { match: [{ value: 'a' }] } } },
			'The rule routes to no group',
		],
	])('refuses %j before calling LiveChat', async (parameters, message) => {
		const fake = new FakeLiveChat();
		const error = await failingRun(rule('create', parameters));
		expect(error.message).toBe(message);
		expect(fake.calls).toEqual([]);
	});
});
