/** Nodes of LiveChat workflows as n8n's workflow JSON holds them. */
import { randomUUID } from 'crypto';

export const ACTION_TYPE = 'n8n-nodes-livechat.liveChat';

export interface LiveChatStep {
	name: string;
	parameters: Record<string, unknown>;
	/** n8n's "On Error: Continue" (the node's continueOnFail). */
	continueOnFail?: boolean;
	executeOnce?: boolean;
	/** n8n's "Always Output Data": an empty item when the node has none, so the next one runs. */
	alwaysOutputData?: boolean;
}

/** The credential type each value of the LiveChat nodes' Authentication asks for. */
const CREDENTIAL_OF_AUTHENTICATION: Record<string, string> = {
	accessToken: 'liveChatApi',
	bot: 'liveChatBotApi',
	oAuth2: 'liveChatOAuth2Api',
};
export const credentialOfAuthentication = (authentication = 'oAuth2') =>
	CREDENTIAL_OF_AUTHENTICATION[authentication];
/** The nodes' Authentication value for a credential type (OAuth2 otherwise). */
export const authenticationOf = (credentialType: string) =>
	Object.keys(CREDENTIAL_OF_AUTHENTICATION).find(
		(authentication) => CREDENTIAL_OF_AUTHENTICATION[authentication] === credentialType,
	) ?? 'oAuth2';

interface CredentialLike {
	id: string;
	name: string;
	type: string;
}

/** LiveChat action nodes, one per step, placed left to right from `x`. */
export function actionNodes(credential: CredentialLike, steps: LiveChatStep[], x: number) {
	return steps.map((step, index) => ({
		id: randomUUID(),
		name: step.name,
		type: ACTION_TYPE,
		typeVersion: 1,
		position: [x + 200 * index, 0],
		parameters: {
			authentication: authenticationOf(credential.type),
			...step.parameters,
		},
		credentials: { [credential.type]: { id: credential.id, name: credential.name } },
		...(step.continueOnFail && { onError: 'continueRegularOutput' }),
		...(step.executeOnce && { executeOnce: true }),
		...(step.alwaysOutputData && { alwaysOutputData: true }),
	}));
}

/** Connects the nodes one after the other. */
export function chain(nodes: Array<Record<string, unknown>>) {
	const names = nodes.map((node) => String(node.name));
	return Object.fromEntries(
		names
			.slice(0, -1)
			.map((from, index) => [
				from,
				{ main: [[{ node: names[index + 1], type: 'main', index: 0 }]] },
			]),
	);
}
