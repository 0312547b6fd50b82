import type { INodeProperties } from 'n8n-workflow';

/**
 * The credential choice of both nodes for API v3.6; the transport reads it. It has no display
 * conditions, and must keep having none: n8n's editor hides it (the choice moves into the
 * credential dropdown) together with every parameter named in the display conditions of a field a
 * credential depends on. Shown only for some resources or for automatic mode, it hid Resource and
 * Webhook Source, so no user could reach them (test/unit/editorVisibility.test.ts states the rule).
 */
export const authenticationProperty: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	options: [
		{ name: 'OAuth2', value: 'oAuth2' },
		{ name: 'Personal Access Token', value: 'accessToken' },
	],
	default: 'oAuth2',
};

/** The action node's choice adds a bot acting as itself (the trigger manages webhooks: no bots). */
export const actionAuthenticationProperty: INodeProperties = {
	...authenticationProperty,
	options: [
		{
			name: 'Bot',
			value: 'bot',
			description: "A LiveChat bot acting as itself, with the bot's own token",
		},
		...(authenticationProperty.options ?? []),
	],
};
