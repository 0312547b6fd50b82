import { LiveChatTrigger } from '../../nodes/LiveChat/LiveChatTrigger.node';
import { automaticMode } from '../../nodes/LiveChat/trigger/modes/automatic';
import { legacyMode } from '../../nodes/LiveChat/trigger/modes/legacy';
import { hookContext, webhookContext } from '../helpers/contexts';

describe('LiveChatTrigger', () => {
	afterEach(() => jest.restoreAllMocks());

	it.each([
		['legacy', legacyMode, automaticMode],
		['automatic', automaticMode, legacyMode],
	])(
		'hands every webhook method and each delivery to the %s mode when Webhook Source picks it',
		async (webhookSource, chosen, other) => {
			const trigger = new LiveChatTrigger();
			const parameters = { webhookSource };
			const activation = hookContext({ parameters }).context;
			const delivery = webhookContext({}, { parameters }).context;
			for (const method of ['checkExists', 'create', 'delete'] as const) {
				const handled = jest.spyOn(chosen, method).mockResolvedValue(true);
				const ignored = jest.spyOn(other, method);
				await expect(trigger.webhookMethods.default[method].call(activation)).resolves.toBe(true);
				expect(handled.mock.contexts).toEqual([activation]);
				expect(ignored).not.toHaveBeenCalled();
			}
			const received = jest.spyOn(chosen, 'receive').mockResolvedValue({ noWebhookResponse: true });
			await expect(trigger.webhook.call(delivery)).resolves.toEqual({ noWebhookResponse: true });
			expect(received.mock.contexts).toEqual([delivery]);
		},
	);
});
