/**
 * A round-robin HTTP reverse proxy on loopback, in place of the load balancer in front of several
 * `n8n webhook` processes. It records which backend got each request, so a test can tell on which
 * process a LiveChat retry landed.
 */
import http from 'http';
import type { AddressInfo } from 'net';

export interface ProxiedRequest {
	method: string;
	path: string;
	body: string;
	/** Index of the backend that got the request, in the order the ports were given. */
	backend: number;
	/** The backend's status, 502 if it could not be reached, 0 while it has not answered. */
	status: number;
}

export class RoundRobinProxy {
	readonly requests: ProxiedRequest[] = [];
	private turn = 0;
	private readonly server = http.createServer(
		(request, response) => void this.forward(request, response),
	);

	constructor(private readonly backendPorts: number[]) {}

	get url() {
		return `http://localhost:${(this.server.address() as AddressInfo).port}`;
	}

	/** Listens on a free loopback port; returns the proxy's URL. */
	async start() {
		await new Promise<void>((resolve, reject) => {
			this.server.once('error', reject);
			this.server.listen(0, '127.0.0.1', resolve);
		});
		return this.url;
	}

	async stop() {
		if (!this.server.listening) return;
		this.server.closeAllConnections();
		await new Promise((resolve) => this.server.close(resolve));
	}

	private async forward(request: http.IncomingMessage, response: http.ServerResponse) {
		const chunks: Buffer[] = [];
		for await (const chunk of request) chunks.push(chunk as Buffer);
		const body = Buffer.concat(chunks);
		const backend = this.turn++ % this.backendPorts.length;
		const record: ProxiedRequest = {
			method: request.method ?? 'GET',
			path: request.url ?? '/',
			body: body.toString(),
			backend,
			status: 0,
		};
		this.requests.push(record);
		const upstream = http.request(
			{
				host: '127.0.0.1',
				port: this.backendPorts[backend],
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
		upstream.on('error', () => {
			if (response.headersSent) return void response.destroy();
			record.status = 502;
			response.writeHead(502, { 'Content-Type': 'text/plain' }).end('Bad Gateway');
		});
		upstream.end(body);
	}
}
