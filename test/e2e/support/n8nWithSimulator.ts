/**
 * The fixture every suite starts from: a real n8n with the packed package installed, against a
 * fresh LiveChat simulator, with the owner, an API key and a PAT credential; and PostgreSQL and
 * Redis for the suites in queue mode. Registers Jest hooks, so the dev tools do not compile it.
 */
import fs from 'fs';
import path from 'path';

import { SimulatorClient } from '../../simulator/client';
import { LiveChatSimulator } from '../../simulator/server';
import { ADMIN, ADMIN_PAT, APP_CLIENT_ID } from '../../simulator/state';
import type { CredentialRef } from './livechat';
import { saveCredential, simulatorCredentialsOverwrite } from './livechat';
import { N8n, type N8nVersion } from './n8n';
import { startPostgres, startRedis } from './services';

/** The data of the suites' PAT credential, the simulator's admin's token. */
export const PAT_DATA = {
	accountId: ADMIN.accountId,
	accessToken: ADMIN_PAT,
	clientId: APP_CLIENT_ID,
};

/** PostgreSQL and Redis for n8n in queue mode, started before the suite's n8n. */
export function useQueueServices() {
	const services: Array<{ env: Record<string, string>; stop: () => void }> = [];
	beforeAll(async () => {
		services.push(await startPostgres(), await startRedis());
	}, 60_000);
	return {
		env: (): Record<string, string> => Object.assign({}, ...services.map((s) => s.env)),
		stop: () => services.splice(0).forEach((service) => service.stop()),
	};
}

/** n8n started against a fresh simulator, with the owner, an API key and a PAT credential. */
export function useN8nWithSimulator(
	version: N8nVersion,
	options: {
		queueMode?: boolean;
		/** In queue mode: this many `n8n webhook` processes, behind a round-robin proxy if over 1. */
		webhookProcesses?: number;
		/** A proxy in front even of one webhook-serving process (see N8n's `behindProxy`). */
		behindProxy?: boolean;
		env?: () => Record<string, string>;
	} = {},
) {
	const context = {} as {
		simulator: LiveChatSimulator;
		sim: SimulatorClient;
		n8n: N8n;
		pat: CredentialRef;
	};
	beforeAll(async () => {
		context.simulator = new LiveChatSimulator();
		const url = await context.simulator.start();
		context.sim = new SimulatorClient(url);
		const n8nOptions = {
			version,
			tarball: process.env.E2E_TARBALL!,
			queueMode: options.queueMode,
			webhookProcesses: options.webhookProcesses,
			behindProxy: options.behindProxy,
			env: options.env?.(),
			credentialsOverwrite: simulatorCredentialsOverwrite(url),
		};
		// A start that fails (once seen in CI, without its cause in the output) is reported with
		// n8n's log and tried once more in a new folder on new ports.
		for (let attempt = 1; ; attempt++) {
			context.n8n = new N8n(n8nOptions);
			try {
				await context.n8n.start();
				await context.n8n.setUp();
				break;
			} catch (error) {
				await context.n8n.stop();
				const log = context.n8n.logs.slice(-4000);
				console.warn(`n8n ${version} did not start (try ${attempt}): ${String(error)}\n${log}`);
				if (attempt === 2) throw error;
			}
		}
		context.pat = await saveCredential(context.n8n, 'liveChatApi', 'LiveChat token', PAT_DATA);
	}, 5 * 60_000);
	afterAll(async () => {
		await context.n8n?.stop();
		await context.simulator?.stop();
		if (context.n8n) {
			const log = path.join(context.n8n.userFolder, 'n8n-e2e.log');
			fs.writeFileSync(log, context.n8n.logs);
			console.log(`n8n ${version} log: ${log}`);
		}
	});
	return context;
}

/** What a suite's scenarios get from useN8nWithSimulator once its beforeAll has run. */
export type ScenarioContext = ReturnType<typeof useN8nWithSimulator>;
