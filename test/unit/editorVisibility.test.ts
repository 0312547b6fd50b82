/**
 * n8n's editor hides a node's main authentication field (its choice moves into the credential
 * dropdown) and every parameter named in the display conditions of a field that a credential
 * depends on (editor-ui nodeTypesUtils: getNodeAuthFields, isAuthRelatedParameter). Restated
 * here over both nodes' descriptions: only Authentication may vanish. The browser suite proves the
 * same in the real editor.
 */
import type { INodeTypeDescription } from 'n8n-workflow';

import { LiveChat } from '../../nodes/LiveChat/LiveChat.node';
import { LiveChatTrigger } from '../../nodes/LiveChat/LiveChatTrigger.node';

function hiddenByAuthentication(description: INodeTypeDescription): string[] {
	const dependedOn = new Set(
		(description.credentials ?? []).flatMap((credential) =>
			Object.keys(credential.displayOptions?.show ?? {}),
		),
	);
	const authFields = description.properties.filter((property) => dependedOn.has(property.name));
	const named = new Set(
		authFields.flatMap((field) => Object.keys(field.displayOptions?.show ?? {})),
	);
	const hidden = description.properties
		.filter((property) => property.name === 'authentication' || named.has(property.name))
		.map((property) => property.name);
	return [...new Set(hidden)];
}

describe("the editor's authentication rule", () => {
	it.each([
		['LiveChat', new LiveChat().description],
		['LiveChat Trigger', new LiveChatTrigger().description],
	])('%s: hides Authentication only', (_name, description) => {
		expect(hiddenByAuthentication(description)).toEqual(['authentication']);
	});

	it('the action node keeps Resource, the trigger Webhook Source, both without conditions', () => {
		const resource = new LiveChat().description.properties.find((p) => p.name === 'resource');
		const source = new LiveChatTrigger().description.properties.find(
			(p) => p.name === 'webhookSource',
		);
		expect(resource?.displayOptions).toBeUndefined();
		expect(source?.displayOptions).toBeUndefined();
	});

	it('offers the Bot credential in the action node only, Authentication still unconditioned', () => {
		const values = (description: INodeTypeDescription) => {
			const field = description.properties.find((p) => p.name === 'authentication');
			expect(field?.displayOptions).toBeUndefined();
			return (field?.options as Array<{ value: string }>).map((option) => option.value);
		};
		const action = new LiveChat().description;
		const trigger = new LiveChatTrigger().description;
		expect(values(action)).toEqual(['bot', 'oAuth2', 'accessToken']);
		expect(values(trigger)).toEqual(['oAuth2', 'accessToken']);
		const bot = action.credentials?.find((credential) => credential.name === 'liveChatBotApi');
		expect(bot?.displayOptions?.show?.authentication).toEqual(['bot']);
		expect(trigger.credentials?.map((credential) => credential.name)).not.toContain(
			'liveChatBotApi',
		);
	});

	it('the node creator\'s "On …" actions (first Trigger On) set automatic mode', () => {
		// The node creator lists the options of the first "Trigger On" property and copies the first
		// value of each of its display conditions into the new node's parameters.
		const trigger = new LiveChatTrigger().description;
		const first = trigger.properties.find((p) => p.displayName === 'Trigger On');
		expect(first?.name).toBe('events');
		expect(first?.displayOptions?.show).toEqual({ webhookSource: ['automatic'] });
	});
});
