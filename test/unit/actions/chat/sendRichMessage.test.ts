import { asAdmin, onLiveChat, simulatedChat } from '../../../helpers/chats';

import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';

describe('Chat → Send Rich Message', () => {
	it('sends quick replies whose buttons reply with their text', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			onLiveChat('sendRichMessage', {
				template: 'quick_replies',
				title: 'Which OS?',
				buttons: { button: [{ text: 'Windows' }, { text: 'Mac OS', postbackId: 'os_mac' }] },
			}),
			asAdmin,
		);
		expect(fake.callsOf('send_event')[0].body.event).toEqual({
			type: 'rich_message',
			template_id: 'quick_replies',
			elements: [
				{
					title: 'Which OS?',
					buttons: [
						{
							text: 'Windows',
							type: 'message',
							value: 'Windows',
							postback_id: 'windows',
							user_ids: [],
						},
						{
							text: 'Mac OS',
							type: 'message',
							value: 'Mac OS',
							postback_id: 'os_mac',
							user_ids: [],
						},
					],
				},
			],
		});
		const stored = simulatedChat(fake).thread.events.at(-1)!;
		expect(item.json).toMatchObject({ event_id: stored.id, template_id: 'quick_replies' });
	});

	it('sends a carousel of cards with URL, phone and reply buttons', async () => {
		const fake = new FakeLiveChat();
		await runNode(
			onLiveChat('sendRichMessage', {
				template: 'cards',
				cards: {
					card: [
						{
							title: 'Blue shoes',
							subtitle: '$59',
							imageUrl: 'https://example.com/blue.png',
							buttons: {
								button: [
									{ text: 'Buy', type: 'url', value: 'https://example.com/buy/blue' },
									{ text: 'Call us', type: 'phone', value: '+1 555 0100' },
								],
							},
						},
						{ title: 'Red shoes', buttons: { button: [{ text: 'I want these' }] } },
					],
				},
			}),
			asAdmin,
		);
		const event = simulatedChat(fake).thread.events.at(-1)! as unknown as {
			template_id: string;
			elements: unknown[];
		};
		expect(event.template_id).toBe('cards');
		expect(event.elements).toEqual([
			{
				title: 'Blue shoes',
				subtitle: '$59',
				image: { url: 'https://example.com/blue.png' },
				buttons: [
					{
						text: 'Buy',
						type: 'url',
						value: 'https://example.com/buy/blue',
						postback_id: 'buy',
						user_ids: [],
					},
					{
						text: 'Call us',
						type: 'phone',
						value: '+1 555 0100',
						postback_id: 'call_us',
						user_ids: [],
					},
				],
			},
			{
				title: 'Red shoes',
				buttons: [
					{
						text: 'I want these',
						type: 'message',
						value: 'I want these',
						postback_id: 'i_want_these',
						user_ids: [],
					},
				],
			},
		]);
	});

	it('refuses more than 13 buttons on an element and more than 10 cards', async () => {
		const fake = new FakeLiveChat();
		const button = Array.from({ length: 14 }, (_, index) => ({ text: `Option ${index}` }));
		const tooManyButtons = await failingRun(
			onLiveChat('sendRichMessage', { buttons: { button } }),
			asAdmin,
		);
		expect(tooManyButtons.message).toBe('LiveChat takes at most 13 buttons in the quick replies');
		const onCard = await failingRun(
			onLiveChat('sendRichMessage', {
				template: 'cards',
				cards: { card: [{ title: 'A' }, { buttons: { button } }] },
			}),
			asAdmin,
		);
		expect(onCard.message).toBe('LiveChat takes at most 13 buttons on card 2');
		const card = Array.from({ length: 11 }, (_, index) => ({ title: `Card ${index}` }));
		const tooManyCards = await failingRun(
			onLiveChat('sendRichMessage', { template: 'cards', cards: { card } }),
			asAdmin,
		);
		expect(tooManyCards.message).toBe('LiveChat takes at most 10 cards');
		expect(tooManyCards.description).toContain('Remove 1 of the 11 cards');
		expect(fake.calls).toEqual([]);
	});

	it('asks for the URL of a URL button and for at least one reply', async () => {
		const fake = new FakeLiveChat();
		const noUrl = await failingRun(
			onLiveChat('sendRichMessage', {
				template: 'cards',
				cards: { card: [{ title: 'Shoes', buttons: { button: [{ text: 'Buy', type: 'url' }] } }] },
			}),
			asAdmin,
		);
		expect(noUrl.message).toBe('The button "Buy" on card 1 needs a URL');
		const noReplies = await failingRun(
			onLiveChat('sendRichMessage', { title: 'Which OS?' }),
			asAdmin,
		);
		expect(noReplies.message).toBe('Quick replies need at least one reply');
		expect(fake.calls).toEqual([]);
	});
});
