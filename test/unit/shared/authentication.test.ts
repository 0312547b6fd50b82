import type { INodePropertyOptions } from 'n8n-workflow';

import {
	actionAuthenticationProperty,
	authenticationProperty,
} from '../../../nodes/LiveChat/shared/authentication';

const values = (options: unknown) => (options as INodePropertyOptions[]).map((o) => o.value);

describe('authenticationProperty', () => {
	it('chooses OAuth2 or a Personal Access Token, OAuth2 by default', () => {
		expect(authenticationProperty.name).toBe('authentication');
		expect(values(authenticationProperty.options)).toEqual(['oAuth2', 'accessToken']);
		expect(authenticationProperty.default).toBe('oAuth2');
	});

	it('has no display conditions, in either node', () => {
		expect(authenticationProperty.displayOptions).toBeUndefined();
		expect(actionAuthenticationProperty.displayOptions).toBeUndefined();
	});
});

describe('actionAuthenticationProperty', () => {
	it('adds a bot acting as itself before the same choices, under the same name and default', () => {
		expect(values(actionAuthenticationProperty.options)).toEqual(['bot', 'oAuth2', 'accessToken']);
		expect(actionAuthenticationProperty).toMatchObject({
			name: authenticationProperty.name,
			default: authenticationProperty.default,
		});
	});
});
