/**
 * A round-robin HTTP reverse proxy on loopback, in place of the load balancer in front of n8n's
 * webhook-serving processes. Like a load balancer with health checks it sends requests only to a
 * process whose `/healthz/readiness` answers 200 (n8n's endpoint for that), and before a planned
 * restart it drains a process: no new requests, the ones in flight answered. With no process ready
 * it answers 503, which LiveChat retries. It records which backend got each request, so a test can
 * tell on which process a LiveChat retry landed.
 */
import http from 'http';
import type { AddressInfo } from 'net';

export interface ProxiedRequest {
	method: string;
	path: string;
	body: string;
	/** Index of the backend that got the request, in the order the ports were given; -1 if none. */
	backend: number;
	/** The backend's status, 502 if it could not be reached, 503 if no backend was ready, 0 while
	 * it has not answered. */
	status: number;
}

interface Backend {
	port: number;
	/** The last readiness check answered 200. */
	ready: boolean;
	/** Taken out of rotation for a restart. */
	draining: boolean;
	inFlight: number;
	/** A readiness check is under way; its answer counts only if no readmit came since. */
	checking: boolean;
	readmissions: number;
}

const READINESS_PATH = '/healthz/readiness';
const CHECK_EVERY_MS = 200;

export class RoundRobinProxy {
	readonly requests: ProxiedRequest[] = [];
	private turn = 0;
	private readonly backends: Backend[];
	private checks?: NodeJS.Timeout;
	private readonly server = http.createServer(
		(request, response) => void this.forward(request, response),
	);

	constructor(backendPorts: number[]) {
		this.backends = backendPorts.map((port) => ({
			port,
			ready: false,
			draining: false,
			inFlight: 0,
			checking: false,
			readmissions: 0,
		}));
	}

	get url() {
		return `http://localhost:${(this.server.address() as AddressInfo).port}`;
	}

	/** Listens on a free loopback port and starts the readiness checks; returns the proxy's URL. */
	async start() {
		await new Promise<void>((resolve, reject) => {
			this.server.once('error', reject);
			this.server.listen(0, '127.0.0.1', resolve);
		});
		this.checks = setInterval(() => {
			for (const backend of this.backends) void this.checkReadiness(backend);
		}, CHECK_EVERY_MS);
		return this.url;
	}

	async stop() {
		clearInterval(this.checks);
		if (!this.server.listening) return;
		this.server.closeAllConnections();
		await new Promise((resolve) => this.server.close(resolve));
	}

	/** Takes every backend out of rotation and waits until their requests in flight are answered. */
	async drain(timeoutMs = 60_000) {
		for (const backend of this.backends) backend.draining = true;
		const deadline = Date.now() + timeoutMs;
		while (this.backends.some((backend) => backend.inFlight > 0)) {
			if (Date.now() > deadline) throw new Error('requests still in flight after draining');
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
	}

	/** Puts the backends back in rotation, each once a fresh readiness check answers 200. */
	readmit() {
		for (const backend of this.backends) {
			backend.ready = false;
			backend.draining = false;
			backend.readmissions++;
		}
	}

	private async checkReadiness(backend: Backend) {
		if (backend.checking) return;
		backend.checking = true;
		const readmissions = backend.readmissions;
		const ready = await fetch(`http://127.0.0.1:${backend.port}${READINESS_PATH}`, {
			signal: AbortSignal.timeout(1000),
		}).then(
			(answer) => answer.status === 200,
			() => false,
		);
		backend.checking = false;
		// An answer from the process before the restart must not put the new one in rotation.
		if (readmissions === backend.readmissions) backend.ready = ready;
	}

	private pick() {
		const usable = this.backends.filter((backend) => backend.ready && !backend.draining);
		if (usable.length === 0) return undefined;
		return usable[this.turn++ % usable.length];
	}

	private async forward(request: http.IncomingMessage, response: http.ServerResponse) {
		const chunks: Buffer[] = [];
		for await (const chunk of request) chunks.push(chunk as Buffer);
		const body = Buffer.concat(chunks);
		const backend = this.pick();
		const record: ProxiedRequest = {
			method: request.method ?? 'GET',
			path: request.url ?? '/',
			body: body.toString(),
			backend: backend ? this.backends.indexOf(backend) : -1,
			status: 0,
		};
		this.requests.push(record);
		if (!backend) {
			record.status = 503;
			response.writeHead(503, { 'Content-Type': 'text/plain' }).end('No n8n ready');
			return;
		}
		backend.inFlight++;
		const upstream = http.request(
			{
				host: '127.0.0.1',
				port: backend.port,
				method: record.method,
				path: record.path,
				headers: request.headers,
			},
			(answer) => {
				record.status = answer.statusCode ?? 502;
				response.writeHead(record.status, answer.headers);
				answer.pipe(response);
			},
		);
		// In flight until n8n is done with it, even if LiveChat gave up waiting earlier.
		upstream.once('close', () => backend.inFlight--);
		upstream.on('error', () => {
			if (response.headersSent) return void response.destroy();
			record.status = 502;
			response.writeHead(502, { 'Content-Type': 'text/plain' }).end('Bad Gateway');
		});
		upstream.end(body);
	}
}
