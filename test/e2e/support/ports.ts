import net from 'net';

/** A port that was free a moment ago on 127.0.0.1. */
export async function freePort() {
	return await new Promise<number>((resolve, reject) => {
		const server = net.createServer();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as net.AddressInfo;
			server.close(() => resolve(port));
		});
	});
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns something truthy, or fails with `what` after `timeoutMs`. */
type Falsy = false | undefined | null | 0 | '';

export async function waitFor<T>(
	what: string,
	check: () => Promise<T | Falsy> | T | Falsy,
	timeoutMs = 30_000,
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	let last: unknown;
	for (;;) {
		try {
			const value = await check();
			if (value) return value as T;
			last = value;
		} catch (error) {
			last = error;
		}
		if (Date.now() > deadline)
			throw new Error(`Timed out waiting for ${what} (last: ${String(last)})`);
		await sleep(200);
	}
}
