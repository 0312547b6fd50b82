import { LiveChatOAuth2Api } from '../../../credentials/LiveChatOAuth2Api.credentials';
import { defaults } from '../../helpers/credentialFields';

describe('LiveChat OAuth2 API credential', () => {
	const credential = new LiveChatOAuth2Api();
	const fields = defaults(credential.properties);

	it('extends oAuth2Api with the authorization code grant against LiveChat accounts', () => {
		expect(credential.name).toBe('liveChatOAuth2Api');
		expect(credential.extends).toEqual(['oAuth2Api']);
		expect(fields.grantType).toEqual({ value: 'authorizationCode', type: 'hidden' });
		expect(fields.authUrl).toEqual({ value: 'https://accounts.livechat.com/', type: 'hidden' });
		expect(fields.accessTokenUrl).toEqual({
			value: 'https://accounts.livechat.com/v2/token',
			type: 'hidden',
		});
	});

	it('sends the client credentials in the token request body', () => {
		expect(fields.authentication).toEqual({ value: 'body', type: 'hidden' });
	});

	it('holds the production API URL in a hidden field an n8n admin can preset', () => {
		expect(fields.apiUrl).toEqual({ value: 'https://api.livechatinc.com', type: 'hidden' });
	});
});
