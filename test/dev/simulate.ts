/**
 * `npm run simulate -- <action> [text or tag]`: makes the running simulator (from `npm run dev`)
 * emit a LiveChat webhook event to every workflow registered for it, and prints the deliveries.
 * `npm run simulate -- deliveries` lists what was delivered so far.
 * Legacy webhooks, which a user sets up by hand in LiveChat:
 * `npm run simulate -- legacy-setup <event> <url with user:password@> [data types, comma-separated]`
 * then `npm run simulate -- legacy <event>`.
 */
import { SimulatorClient } from '../simulator/client';
import { LEGACY_DATA_TYPES } from '../simulator/legacy';
import { ACTIONS } from '../simulator/webhookEvents';

const url =
	process.env.LIVECHAT_SIMULATOR_URL ??
	`http://127.0.0.1:${process.env.LIVECHAT_SIMULATOR_PORT ?? 5690}`;

async function main() {
	const [action, detail] = process.argv.slice(2);
	const simulator = new SimulatorClient(url);
	if (action === 'deliveries') {
		for (const delivery of await simulator.deliveries()) {
			const attempts = delivery.attempts.map((attempt) => attempt.outcome).join(', ');
			console.log(`${delivery.action} → ${delivery.url}: ${delivery.state} (${attempts})`);
		}
		return;
	}
	if (action === 'legacy-setup') {
		const [, event, target, types] = process.argv.slice(2);
		const dataTypes = types ? types.split(',') : (LEGACY_DATA_TYPES[event] ?? []);
		await simulator.legacyWebhook({ event_type: event, data_types: dataTypes, url: target });
		console.log(`LiveChat now sends ${event} (${dataTypes.join(', ')}) to ${target}`);
		return;
	}
	if (action === 'legacy') {
		const deliveries = await simulator.emitLegacy({ event_type: detail, wait: true });
		if (!deliveries.length) console.log(`No legacy webhook is set up for ${detail}.`);
		for (const delivery of deliveries) {
			const attempts = delivery.attempts.map((attempt) => attempt.outcome).join(', ');
			console.log(`${detail} → ${delivery.url}: ${delivery.state} (${attempts})`);
		}
		return;
	}
	if (!action || !ACTIONS.some((info) => info.action === action)) {
		console.error(
			`Usage: npm run simulate -- <action> [text or tag] | deliveries | legacy-setup <event> <url> [data types] | legacy <event>\nActions: ${ACTIONS.map((info) => info.action).join(', ')}`,
		);
		process.exit(1);
	}
	const usesTag =
		action.startsWith('tag_') || action.startsWith('thread_tagged') || action === 'thread_untagged';
	const deliveries = await simulator.emit({
		action,
		...(detail && (usesTag ? { tag: detail } : { text: detail })),
		wait: true,
	});
	if (!deliveries.length)
		console.log(`No workflow is registered for ${action} (activate one that listens for it).`);
	for (const delivery of deliveries) {
		const attempts = delivery.attempts.map((attempt) => attempt.outcome).join(', ');
		console.log(`${action} → ${delivery.url}: ${delivery.state} (${attempts})`);
	}
}

main().catch((error) => {
	console.error(String(error));
	process.exit(1);
});
