/**
 * Runs the LiveChat API simulator on its own: `node .tools/test/simulator/cli.js [port]`.
 * Prints its URL and the seeded credentials, and stops on Ctrl-C.
 */
import { LiveChatSimulator } from './server';
import { ADMIN, ADMIN_PAT, APP_CLIENT_ID, APP_CLIENT_SECRET } from './state';

async function main() {
	const simulator = new LiveChatSimulator();
	const url = await simulator.start(Number(process.argv[2] ?? 0));
	console.log(`LiveChat simulator listening on ${url}`);
	console.log(
		`  PAT: account ${ADMIN.accountId}, token ${ADMIN_PAT}; app client ${APP_CLIENT_ID} / ${APP_CLIENT_SECRET}`,
	);
	const stop = () => void simulator.stop().then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

void main();
