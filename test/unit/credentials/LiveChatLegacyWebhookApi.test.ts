import { LiveChatLegacyWebhookApi } from '../../../credentials/LiveChatLegacyWebhookApi.credentials';
import { LiveChatTrigger } from '../../../nodes/LiveChat/LiveChatTrigger.node';
import { defaults } from '../../helpers/credentialFields';
import { LEGACY_LOGIN } from '../../helpers/legacyDeliveries';

const trigger = new LiveChatTrigger();

describe('LiveChat Legacy Webhook API credential', () => {
	it('asks for a user (livechat by default) and a password-typed password; the API URL is hidden', () => {
		const credential = new LiveChatLegacyWebhookApi();
		const fields = defaults(credential.properties);
		expect(credential.name).toBe('liveChatLegacyWebhookApi');
		expect(Object.keys(fields)).toEqual(['user', 'password', 'apiUrl']);
		expect(fields.user).toEqual({ value: 'livechat', type: 'string' });
		const password = credential.properties.find((p) => p.name === 'password');
		expect(password?.typeOptions?.password).toBe(true);
		expect(fields.apiUrl).toEqual({ value: 'https://api.livechatinc.com', type: 'hidden' });
	});

	it('is tested by the LiveChat Trigger, whose check is named in the node', () => {
		const credential = trigger.description.credentials?.find(
			(c) => c.name === 'liveChatLegacyWebhookApi',
		);
		expect(credential?.testedBy).toBe('liveChatLegacyWebhookCheck');
		expect(trigger.methods.credentialTest).toHaveProperty('liveChatLegacyWebhookCheck');
	});

	it('tests the credential without a request: a user and a long password', async () => {
		const check = trigger.methods.credentialTest.liveChatLegacyWebhookCheck;
		const test = async (data: Record<string, string>) =>
			await check.call({} as never, { id: '1', name: 'x', type: 'liveChatLegacyWebhookApi', data });
		await expect(test(LEGACY_LOGIN)).resolves.toMatchObject({ status: 'OK' });
		await expect(
			test({ user: 'live:chat', password: LEGACY_LOGIN.password }),
		).resolves.toMatchObject({
			status: 'Error',
			message: expect.stringContaining('":"'),
		});
		await expect(test({ user: 'livechat', password: 'short' })).resolves.toMatchObject({
			status: 'Error',
			message: expect.stringContaining('at least 12 characters'),
		});
	});
});
