/**
 * LiveChat Accounts (accounts.livechat.com) as far as n8n's credentials use it: the authorization
 * code flow (an authorize page that redirects back with a code), `/v2/token` for the code and
 * refresh grants (client credentials in the body), `/v2/info`, and access tokens that expire.
 */
import { createHash } from 'crypto';

import type { LiveChatState } from './state';
import { ADMIN, ALL_SCOPES, APP_CLIENT_ID, newId, ORGANIZATION_ID } from './state';

const CODE_LIFETIME_MS = 5 * 60_000;
const TOKEN_LIFETIME_S = 28_800;

interface IssuedToken {
	accountId: string;
	clientId: string;
	scopes: string[];
	expiresAt: number;
}

export class OAuthError extends Error {
	constructor(
		readonly error: string,
		description: string,
	) {
		super(description);
	}

	get body() {
		return { error: this.error, error_description: this.message };
	}
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export class Accounts {
	private codes = new Map<
		string,
		{
			clientId: string;
			redirectUri: string;
			challenge?: string;
			challengeMethod?: string;
			expiresAt: number;
		}
	>();
	private accessTokens = new Map<string, IssuedToken>();
	private refreshTokens = new Map<string, { accountId: string; clientId: string }>();
	/** What the token endpoint was asked, for tests: grant types in order. */
	grants: string[] = [];

	constructor(private readonly state: LiveChatState) {}

	reset() {
		this.codes.clear();
		this.accessTokens.clear();
		this.refreshTokens.clear();
		this.grants = [];
	}

	/** The consent page LiveChat shows at `GET /?response_type=code&client_id=…&redirect_uri=…`. */
	authorizePage(query: URLSearchParams) {
		const clientId = query.get('client_id') ?? '';
		if (query.get('response_type') !== 'code')
			throw new OAuthError('unsupported_response_type', 'response_type must be code');
		if (!this.state.oauthClients.has(clientId))
			throw new OAuthError('invalid_client', 'Unknown client_id');
		if (!query.get('redirect_uri'))
			throw new OAuthError('invalid_request', 'redirect_uri is required');
		const hidden = ['client_id', 'redirect_uri', 'state', 'code_challenge', 'code_challenge_method']
			.filter((name) => query.get(name) !== null)
			.map((name) => `<input type="hidden" name="${name}" value="${escapeHtml(query.get(name)!)}">`)
			.join('\n');
		return `<!doctype html><html><head><title>LiveChat simulator: authorize</title></head><body>
<h1>Allow access to your LiveChat account?</h1>
<p>Signed in as ${ADMIN.email} (simulated). The app ${escapeHtml(clientId)} asks for its scopes.</p>
<form method="post" action="/authorize">
${hidden}
<button type="submit">Allow</button>
</form></body></html>`;
	}

	/** The user allowed: redirect back with a single-use code. */
	approve(form: URLSearchParams) {
		const clientId = form.get('client_id') ?? '';
		const redirectUri = form.get('redirect_uri') ?? '';
		if (!this.state.oauthClients.has(clientId))
			throw new OAuthError('invalid_client', 'Unknown client_id');
		const code = `${this.state.region}:${newId(12)}`;
		this.codes.set(code, {
			clientId,
			redirectUri,
			challenge: form.get('code_challenge') ?? undefined,
			challengeMethod: form.get('code_challenge_method') ?? undefined,
			expiresAt: Date.now() + CODE_LIFETIME_MS,
		});
		const target = new URL(redirectUri);
		target.searchParams.set('code', code);
		const state = form.get('state');
		if (state !== null) target.searchParams.set('state', state);
		return target.toString();
	}

	/** `POST /v2/token` */
	token(body: Record<string, string>) {
		this.grants.push(body.grant_type);
		const client = this.state.oauthClients.get(body.client_id);
		if (!client || client.secret !== body.client_secret) {
			throw new OAuthError(
				'invalid_client',
				'client_id and client_secret must be sent in the body',
			);
		}
		if (body.grant_type === 'authorization_code') {
			const code = this.codes.get(body.code);
			this.codes.delete(body.code);
			if (!code || code.expiresAt < Date.now() || code.clientId !== body.client_id) {
				throw new OAuthError('invalid_grant', 'The code is invalid, used or expired');
			}
			if (code.redirectUri !== body.redirect_uri)
				throw new OAuthError('invalid_grant', 'redirect_uri does not match');
			if (code.challenge) {
				const verifier = body.code_verifier ?? '';
				const derived =
					code.challengeMethod === 'S256'
						? createHash('sha256').update(verifier).digest('base64url')
						: verifier;
				if (derived !== code.challenge)
					throw new OAuthError('invalid_grant', 'code_verifier does not match');
			}
			const refreshToken = newId(16);
			this.refreshTokens.set(refreshToken, {
				accountId: ADMIN.accountId,
				clientId: body.client_id,
			});
			return this.issue(ADMIN.accountId, body.client_id, client.scopes, refreshToken);
		}
		if (body.grant_type === 'refresh_token') {
			const grant = this.refreshTokens.get(body.refresh_token);
			if (!grant || grant.clientId !== body.client_id)
				throw new OAuthError('invalid_grant', 'Unknown refresh_token');
			// Confidential clients keep their refresh token (no rotation).
			return this.issue(grant.accountId, grant.clientId, client.scopes, body.refresh_token);
		}
		throw new OAuthError(
			'unsupported_grant_type',
			`grant_type ${body.grant_type} is not supported`,
		);
	}

	private issue(accountId: string, clientId: string, scopes: string[], refreshToken: string) {
		const accessToken = `${this.state.region}:${newId(16)}`;
		this.accessTokens.set(accessToken, {
			accountId,
			clientId,
			scopes,
			expiresAt: Date.now() + TOKEN_LIFETIME_S * 1000,
		});
		return {
			access_token: accessToken,
			account_id: accountId,
			expires_in: TOKEN_LIFETIME_S,
			organization_id: ORGANIZATION_ID,
			refresh_token: refreshToken,
			scope: scopes.join(','),
			token_type: 'Bearer',
		};
	}

	/** Accepts a token issued elsewhere (a unit test's fixed token) as the app's, with every scope. */
	trust(accessToken: string) {
		if (this.accessTokens.has(accessToken)) return;
		this.accessTokens.set(accessToken, {
			accountId: ADMIN.accountId,
			clientId: APP_CLIENT_ID,
			scopes: ALL_SCOPES,
			expiresAt: Date.now() + TOKEN_LIFETIME_S * 1000,
		});
	}

	/** The token's grant, or why it is refused. */
	bearer(accessToken: string) {
		const token = this.accessTokens.get(accessToken);
		if (!token) return { problem: 'Invalid access token' };
		if (token.expiresAt <= Date.now()) return { problem: 'Access token expired' };
		return { token };
	}

	/** `GET /v2/info` */
	info(accessToken: string) {
		const { token, problem } = this.bearer(accessToken);
		if (!token) throw new OAuthError('invalid_token', problem);
		return {
			access_token: accessToken,
			account_id: token.accountId,
			client_id: token.clientId,
			expires_in: Math.round((token.expiresAt - Date.now()) / 1000),
			organization_id: ORGANIZATION_ID,
			scope: token.scopes.join(','),
			token_type: 'Bearer',
		};
	}

	/** Issued tokens, to keep across restarts of `npm run dev`. */
	snapshot() {
		return { access: [...this.accessTokens], refresh: [...this.refreshTokens] };
	}

	restore(snapshot: ReturnType<Accounts['snapshot']>) {
		this.accessTokens = new Map(snapshot.access);
		this.refreshTokens = new Map(snapshot.refresh);
	}

	/** Makes every access token issued so far expire now (refresh tokens stay valid). */
	expireAccessTokens() {
		for (const token of this.accessTokens.values()) token.expiresAt = Date.now();
		return this.accessTokens.size;
	}
}
