/**
 * Local stand-ins for the services the templates talk to: a CRM and a marketing tool (each asked
 * with an API key header) and a chat tool's incoming webhooks. They keep what they were sent.
 */
import http from 'http';
import type { AddressInfo } from 'net';

export const API_KEY_HEADER = 'X-API-Key';
export const API_KEY = 'stand-in-api-key';

export interface CrmCustomer {
	email: string;
	company: string;
	plan: string;
	lifetime_value: number;
	url: string;
}

/** What the stand-in CRM knows of the simulator's customer Thomas Anderson. */
export const THOMAS_IN_CRM: CrmCustomer = {
	email: 't.anderson@example.com',
	company: 'Acme Corp',
	plan: 'Enterprise',
	lifetime_value: 12400,
	url: 'https://crm.example.com/customers/42',
};

export interface StandInRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	apiKey?: string;
	body?: Record<string, unknown>;
}

export class StandIns {
	url = '';
	/** The CRM's customers, by e-mail. */
	readonly crm = new Map<string, CrmCustomer>();
	/** The marketing tool's contacts. */
	readonly contacts: Array<Record<string, unknown>> = [];
	/** What chat-tool webhooks received: the hook's name and the message text. */
	readonly messages: Array<{ hook: string; text: string }> = [];
	readonly requests: StandInRequest[] = [];
	private server?: http.Server;

	/** `log` hears of every message and contact the stand-ins receive (for `npm run dev`). */
	constructor(private readonly log?: (line: string) => void) {}

	get crmUrl() {
		return `${this.url}/crm/api/customers`;
	}

	get contactsUrl() {
		return `${this.url}/marketing/api/contacts`;
	}

	chatHookUrl(hook: string) {
		return `${this.url}/chat-tool/hooks/${hook}`;
	}

	async start(port = 0) {
		this.server = http.createServer((request, response) => {
			let text = '';
			request.on('data', (chunk: Buffer) => (text += chunk.toString()));
			request.on('end', () => {
				const url = new URL(request.url ?? '/', 'http://stand-in');
				const logged: StandInRequest = {
					method: request.method ?? 'GET',
					path: url.pathname,
					query: Object.fromEntries(url.searchParams),
					apiKey: request.headers[API_KEY_HEADER.toLowerCase()] as string | undefined,
					body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
				};
				this.requests.push(logged);
				const [status, answer] = this.answer(logged);
				response.writeHead(status, { 'Content-Type': 'application/json' });
				response.end(JSON.stringify(answer));
			});
		});
		await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
		this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
		return this.url;
	}

	private answer(request: StandInRequest): [number, unknown] {
		const hook = /^\/chat-tool\/hooks\/([\w-]+)$/.exec(request.path);
		if (hook && request.method === 'POST') {
			this.messages.push({ hook: hook[1], text: String(request.body?.text ?? '') });
			this.log?.(`chat tool (${hook[1]}): ${String(request.body?.text ?? '')}`);
			return [200, { ok: true }];
		}
		if (request.apiKey !== API_KEY) return [401, { error: 'missing or wrong API key' }];
		const email = request.query.email?.toLowerCase();
		if (request.path === '/crm/api/customers' && request.method === 'GET') {
			const customer = email ? this.crm.get(email) : undefined;
			return [200, { customers: customer ? [customer] : [] }];
		}
		if (request.path === '/marketing/api/contacts' && request.method === 'GET') {
			return [200, { contacts: this.contacts.filter((contact) => contact.email === email) }];
		}
		if (request.path === '/marketing/api/contacts' && request.method === 'POST') {
			const contact = { id: this.contacts.length + 1, ...request.body };
			this.contacts.push(contact);
			this.log?.(`marketing tool: new contact ${JSON.stringify(contact)}`);
			return [201, contact];
		}
		return [404, { error: `no route ${request.method} ${request.path}` }];
	}

	async stop() {
		await new Promise((resolve) => this.server?.close(resolve));
	}
}
