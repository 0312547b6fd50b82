import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

/** The credential choice of both nodes for API v3.6; the transport reads it (`authentication`). */
export function authenticationProperty(displayOptions: IDisplayOptions): INodeProperties {
	return {
		displayName: 'Authentication',
		name: 'authentication',
		type: 'options',
		options: [
			{ name: 'OAuth2', value: 'oAuth2' },
			{ name: 'Personal Access Token', value: 'accessToken' },
		],
		default: 'oAuth2',
		displayOptions,
	};
}
