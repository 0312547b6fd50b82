import axios, { AxiosError } from 'axios';
import { mock } from 'jest-mock-extended';
// n8n's own item helpers, imported from their modules: all of n8n-core takes seconds per test file.
import { constructExecutionMetaData } from 'n8n-core/dist/execution-engine/node-execution-context/utils/construct-execution-metadata';
import { returnJsonArray } from 'n8n-core/dist/execution-engine/node-execution-context/utils/return-json-array';
import type {
	IBinaryData,
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestOptions,
	INode,
	IPollFunctions,
	IWebhookFunctions,
	Logger,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

export const API_URL = 'https://api.livechatinc.com';
export const WEBHOOK_URL =
	'https://n8n.example.com/webhook/7f3c2a10-1d2e-4c5b-9a8f-1234567890ab/webhook';
export const CLIENT_ID = '0805e283233042b37f460ed8fbf22160';

export const OAUTH2_CREDENTIALS: ICredentialDataDecryptedObject = {
	clientId: CLIENT_ID,
	clientSecret: 'client-secret-value',
	apiUrl: API_URL,
	oauthTokenData: { access_token: 'dal:oauth-access-token', refresh_token: 'refresh' },
};

export const PAT_CREDENTIALS: ICredentialDataDecryptedObject = {
	accountId: 'b7eff798-f8df-4364-8059-649c35c9ed0c',
	accessToken: 'dal:personal-access-token',
	clientId: CLIENT_ID,
	apiUrl: API_URL,
};

export const NODE: INode = {
	id: '5b0cd0e2-9f7e-4b1a-8a5c-0f4e1d2c3b4a',
	name: 'LiveChat Trigger',
	type: 'n8n-nodes-livechat.liveChatTrigger',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

export interface ContextOptions {
	parameters?: IDataObject;
	staticData?: IDataObject;
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	webhookUrl?: string;
	workflowId?: string;
}

export interface LoggedLine {
	level: string;
	message: string;
}

/**
 * Network failures to simulate: before a request is sent, or, with `afterSending`, once it was
 * answered (the answer is lost on its way back). nock's replyWithError races the socket's error
 * listener under load and then fails the test with an unhandled error.
 */
export const networkFaults: Array<{
	url: RegExp;
	code: string;
	times: number;
	afterSending?: boolean;
}> = [];

function takeNetworkFault(url: string, afterSending: boolean) {
	const fault = networkFaults.find(
		(candidate) => candidate.url.test(url) && Boolean(candidate.afterSending) === afterSending,
	);
	if (!fault) return undefined;
	if (--fault.times === 0) networkFaults.splice(networkFaults.indexOf(fault), 1);
	return fault.code;
}

/**
 * Does what n8n's httpRequestWithAuthentication does for these two credential types: applies
 * Basic (PAT) or Bearer (OAuth2) auth, sends the request with axios, and wraps a failure in a
 * NodeApiError around the axios error.
 */
async function httpRequestWithAuthentication(
	credentials: Record<string, ICredentialDataDecryptedObject>,
	credentialType: string,
	options: IHttpRequestOptions,
) {
	const data = credentials[credentialType];
	if (!data) throw new Error(`test context has no ${credentialType} credential`);
	const headers: Record<string, string> = { ...(options.headers as Record<string, string>) };
	let auth: { username: string; password: string } | undefined;
	if (credentialType === 'liveChatApi') {
		auth = { username: String(data.accountId), password: String(data.accessToken) };
	} else if (credentialType === 'liveChatBotApi') {
		// n8n has run the credential's pre-authentication: the bot token is in the credential.
		headers.Authorization = `Bearer ${String(data.botToken)}`;
	} else if (credentialType === 'liveChatLegacyWebhookApi') {
		// No authenticate: the legacy call carries the webhook's token in its body.
	} else {
		const token = (data.oauthTokenData as IDataObject).access_token;
		headers.Authorization = `Bearer ${String(token)}`;
	}
	try {
		const networkCode = takeNetworkFault(options.url, false);
		if (networkCode) throw new AxiosError(networkCode, networkCode);
		const response = await axios.request({
			method: options.method,
			url: options.url,
			data: options.body,
			headers,
			auth,
			timeout: options.timeout,
		});
		const lostAnswer = takeNetworkFault(options.url, true);
		if (lostAnswer) throw new AxiosError(lostAnswer, lostAnswer);
		return response.data;
	} catch (error) {
		throw new NodeApiError(NODE, error as never);
	}
}

function baseContext(options: ContextOptions) {
	const parameters = options.parameters ?? {};
	const staticData = options.staticData ?? {};
	const credentials = options.credentials ?? { liveChatOAuth2Api: OAUTH2_CREDENTIALS };
	const logged: LoggedLine[] = [];
	const logger = mock<Logger>();
	for (const level of ['debug', 'info', 'warn', 'error'] as const) {
		logger[level].mockImplementation((message: string) => {
			logged.push({ level, message });
		});
	}
	return {
		parameters,
		staticData,
		credentials,
		logged,
		common: {
			getNode: () => NODE,
			getNodeParameter: (name: string, fallback?: unknown) =>
				name in parameters ? parameters[name] : fallback,
			getWorkflowStaticData: () => staticData,
			getWorkflow: () => ({
				id: options.workflowId ?? 'wf-42',
				name: 'Support inbox',
				active: true,
			}),
			getCredentials: async (type: string) => {
				if (!credentials[type]) throw new Error(`no credential of type ${type}`);
				return credentials[type];
			},
			logger,
		},
	};
}

export function hookContext(options: ContextOptions = {}) {
	const base = baseContext(options);
	const context = mock<IHookFunctions>();
	Object.assign(context, base.common, {
		getNodeWebhookUrl: () => options.webhookUrl ?? WEBHOOK_URL,
		helpers: {
			httpRequestWithAuthentication: jest.fn(
				async (type: string, request: IHttpRequestOptions) =>
					await httpRequestWithAuthentication(base.credentials, type, request),
			),
		},
	});
	return { context, staticData: base.staticData, logged: base.logged };
}

/** A polling trigger's context: `trigger` for a scheduled poll, `manual` for Fetch Test Event. */
export function pollContext(
	options: ContextOptions & { mode?: 'trigger' | 'manual'; timezone?: string } = {},
) {
	const base = baseContext(options);
	const context = mock<IPollFunctions>();
	Object.assign(context, base.common, {
		getMode: () => options.mode ?? 'trigger',
		getTimezone: () => options.timezone ?? 'UTC',
		helpers: {
			httpRequestWithAuthentication: jest.fn(
				async (type: string, request: IHttpRequestOptions) =>
					await httpRequestWithAuthentication(base.credentials, type, request),
			),
		},
	});
	return { context, staticData: base.staticData, logged: base.logged };
}

export interface RecordedResponse {
	statusCode: number;
	body?: unknown;
	headers?: Record<string, string>;
}

export function webhookContext(
	body: unknown,
	options: ContextOptions & {
		headers?: Record<string, string>;
		timezone?: string;
		/** `webhook` for the production URL (default), `manual` for the test URL. */
		mode?: 'webhook' | 'manual';
	} = {},
) {
	const base = baseContext(options);
	const response: RecordedResponse = { statusCode: 200, headers: {} };
	const res = {
		setHeader(name: string, value: string) {
			response.headers![name.toLowerCase()] = value;
			return res;
		},
		status(code: number) {
			response.statusCode = code;
			return res;
		},
		json(payload: unknown) {
			response.body = payload;
			return res;
		},
		send(payload: unknown) {
			response.body = payload;
			return res;
		},
		end() {
			return res;
		},
	};
	const context = mock<IWebhookFunctions>();
	Object.assign(context, base.common, {
		getBodyData: () => body,
		getHeaderData: () => options.headers ?? {},
		getTimezone: () => options.timezone ?? 'UTC',
		getMode: () => options.mode ?? 'webhook',
		getResponseObject: () => res,
		helpers: { returnJsonArray },
	});
	return { context, response, logged: base.logged };
}

export interface ExecuteOptions extends ContextOptions {
	/** Input items; parameters may differ per item through `itemParameters`. */
	items?: IDataObject[];
	/** Binary data of the input items, by item and field. */
	binaries?: Array<Record<string, IBinaryData>>;
	itemParameters?: IDataObject[];
	/** "On Error: Continue"; `onError` picks which, as n8n's node setting does. */
	continueOnFail?: boolean;
	onError?: 'continueRegularOutput' | 'continueErrorOutput';
	timezone?: string;
}

function parameterAt(parameters: IDataObject, path: string): unknown {
	return path
		.split('.')
		.reduce<unknown>(
			(value, key) =>
				value !== null && typeof value === 'object' ? (value as IDataObject)[key] : undefined,
			parameters,
		);
}

/** An action node's execute context: item-indexed parameters, resource locators, item helpers. */
export function executeContext(options: ExecuteOptions = {}) {
	const base = baseContext(options);
	const items = (options.items ?? [{}]).map((json, index) => ({
		json,
		...(options.binaries?.[index] && { binary: options.binaries[index] }),
	}));
	const context = mock<IExecuteFunctions>();
	Object.assign(context, base.common, {
		getInputData: () => items,
		getNodeParameter: (
			name: string,
			itemIndex: number,
			fallback?: unknown,
			parameterOptions?: { extractValue?: boolean },
		) => {
			const parameters = { ...base.parameters, ...options.itemParameters?.[itemIndex] };
			const value = parameterAt(parameters, name);
			if (value === undefined) return fallback;
			if (parameterOptions?.extractValue && value !== null && typeof value === 'object') {
				return (value as IDataObject).value;
			}
			return value;
		},
		getNode: () => ({ ...NODE, ...(options.onError && { onError: options.onError }) }),
		getTimezone: () => options.timezone ?? 'UTC',
		continueOnFail: () => options.continueOnFail === true || options.onError !== undefined,
		helpers: {
			returnJsonArray,
			constructExecutionMetaData,
			assertBinaryData: (itemIndex: number, field: string) => {
				const binary = items[itemIndex]?.binary?.[field];
				if (!binary)
					throw new Error(
						`This operation expects the node's input data to contain a binary file '${field}', but none was found`,
					);
				return binary;
			},
			getBinaryDataBuffer: async (itemIndex: number, field: string) =>
				Buffer.from(items[itemIndex]!.binary![field].data, 'base64'),
			httpRequestWithAuthentication: jest.fn(
				async (type: string, request: IHttpRequestOptions) =>
					await httpRequestWithAuthentication(base.credentials, type, request),
			),
		},
	});
	return { context, logged: base.logged };
}
