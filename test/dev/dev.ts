/**
 * `npm run dev`: the LiveChat simulator and a local n8n (SQLite, user folder `.dev/`) with this
 * package installed from its freshly built tarball, an owner, both LiveChat credentials and two
 * sample workflows. Prints where everything is; Ctrl-C stops both.
 * Settings (dev tooling, not the package): N8N_VERSION, N8N_PORT, LIVECHAT_SIMULATOR_PORT.
 */
import fs from 'fs';
import path from 'path';

import { SimulatorClient } from '../simulator/client';
import { LiveChatSimulator } from '../simulator/server';
import { ADMIN, ADMIN_PAT, APP_CLIENT_ID, APP_CLIENT_SECRET } from '../simulator/state';
import {
	activate,
	createTaggingWorkflow,
	createTriggerWorkflow,
	saveCredential,
	simulatorCredentialsOverwrite,
} from '../e2e/support/livechat';
import type { CredentialRef } from '../e2e/support/livechat';
import { N8n, N8N_VERSIONS, OWNER, type N8nVersion } from '../e2e/support/n8n';
import { packPackage, ROOT } from '../e2e/support/package';
import { StandIns, THOMAS_IN_CRM } from '../e2e/support/standIns';
import {
	createTemplatePrerequisites,
	importTemplate,
	standInSettings,
	TEMPLATES,
} from '../e2e/support/templates';

const version = (process.env.N8N_VERSION ?? N8N_VERSIONS[0]) as N8nVersion;
const n8nPort = Number(process.env.N8N_PORT ?? 5678);
const simulatorPort = Number(process.env.LIVECHAT_SIMULATOR_PORT ?? 5690);
// The CRM, marketing tool and chat tool the templates talk to, on the next port.
const standInsPort = simulatorPort + 1;
const userFolder = path.join(ROOT, '.dev', `n8n-${version}`);
// n8n keeps believing its webhooks are registered, as LiveChat would keep them: so does the simulator.
const simulatorSnapshot = path.join(userFolder, 'livechat-simulator.json');
const LEGACY_PASSWORD = 'dev-legacy-password';
// Where the transcript template writes (n8n may write files only there).
const files = path.join(userFolder, 'files');

/** Every template, imported as a user would, set up with the stand-ins; left inactive. */
async function importTemplates(n8n: N8n, liveChat: CredentialRef, standIns: StandIns) {
	const { credentials, dataTables } = await createTemplatePrerequisites(n8n, liveChat);
	const settings = standInSettings(standIns, path.join(files, 'livechat-transcripts'));
	for (const name of TEMPLATES) {
		await importTemplate(n8n, name, {
			credentials,
			dataTable: dataTables[name],
			settings: settings[name],
		});
	}
}

async function prepare(n8n: N8n, simulatorUrl: string, standIns: StandIns) {
	const firstRun = !fs.existsSync(path.join(userFolder, '.dev-ready'));
	if (!firstRun) return await n8n.logIn();
	await n8n.setUp();
	const credential = await saveCredential(n8n, 'liveChatApi', 'LiveChat token (simulator)', {
		accountId: ADMIN.accountId,
		accessToken: ADMIN_PAT,
		clientId: APP_CLIENT_ID,
	});
	await saveCredential(n8n, 'liveChatOAuth2Api', 'LiveChat OAuth2 (simulator)', {
		clientId: APP_CLIENT_ID,
		clientSecret: APP_CLIENT_SECRET,
	});
	const workflow = await createTriggerWorkflow(n8n, 'LiveChat inbox (sample)', credential, {
		events: ['incoming_chat', 'incoming_event', 'thread_tagged'],
	});
	const simulator = new SimulatorClient(simulatorUrl);
	await activate(n8n, simulator, workflow);
	const tagging = await createTaggingWorkflow(n8n, 'Tag customer messages (sample)', credential);
	await activate(n8n, simulator, tagging);
	// Legacy webhooks: the credential, a workflow, and the target URL "set up in LiveChat" by hand.
	const legacy = await saveCredential(n8n, 'liveChatLegacyWebhookApi', 'LiveChat legacy webhooks', {
		user: 'livechat',
		password: LEGACY_PASSWORD,
	});
	const details = await createTriggerWorkflow(
		n8n,
		'Legacy visitor details (sample)',
		legacy,
		{ webhookSource: 'legacy', legacyEvents: ['chat_started'] },
		[
			{
				name: 'Add Visitor Details',
				parameters: {
					resource: 'visitor',
					operation: 'addDetails',
					integrationId: 'n8n',
					fields: { field: [{ name: 'Email', value: '={{ $json.visitor.email }}' }] },
				},
			},
		],
	);
	await activate(n8n, simulator, details);
	await importTemplates(n8n, credential, standIns);
	await simulator.legacyWebhook({
		event_type: 'chat_started',
		data_types: ['chat', 'visitor', 'pre_chat_survey'],
		url: details.url.replace('://', `://livechat:${encodeURIComponent(LEGACY_PASSWORD)}@`),
	});
	fs.writeFileSync(path.join(userFolder, '.dev-ready'), new Date().toISOString());
}

async function main() {
	const simulator = new LiveChatSimulator();
	fs.mkdirSync(userFolder, { recursive: true });
	if (fs.existsSync(simulatorSnapshot)) {
		simulator.restore(JSON.parse(fs.readFileSync(simulatorSnapshot, 'utf8')));
	}
	const simulatorUrl = await simulator.start(simulatorPort);
	const standIns = new StandIns((line) => console.log(`[stand-in] ${line}`));
	await standIns.start(standInsPort);
	standIns.crm.set(THOMAS_IN_CRM.email, THOMAS_IN_CRM);
	fs.mkdirSync(path.join(files, 'livechat-transcripts'), { recursive: true });
	const n8n = new N8n({
		version,
		tarball: packPackage(),
		userFolder,
		port: n8nPort,
		credentialsOverwrite: simulatorCredentialsOverwrite(simulatorUrl),
		env: { N8N_RESTRICT_FILE_ACCESS_TO: files },
	});
	let stopping = false;
	const stop = async () => {
		if (stopping) return;
		stopping = true;
		console.log('\nStopping n8n and the simulator…');
		await n8n.stop();
		await simulator.stop();
		await standIns.stop();
		fs.writeFileSync(simulatorSnapshot, JSON.stringify(simulator.snapshot()));
		fs.writeFileSync(path.join(userFolder, 'n8n.log'), n8n.logs);
		process.exit(0);
	};
	process.on('SIGINT', () => void stop());
	process.on('SIGTERM', () => void stop());

	console.log(
		`Starting n8n ${version} with n8n-nodes-livechat installed (user folder ${userFolder})…`,
	);
	await n8n.start();
	await prepare(n8n, simulatorUrl, standIns);
	console.log(`
n8n ${version} is running: ${n8n.baseUrl}
  log in as ${OWNER.email} / ${OWNER.password}
  credentials "LiveChat token (simulator)" and "LiveChat OAuth2 (simulator)" point at the simulator
  the workflow "LiveChat inbox (sample)" listens for incoming_chat, incoming_event, thread_tagged
  the workflow "Tag customer messages (sample)" tags the thread of each customer message "support"
  the workflow "Legacy visitor details (sample)" gets legacy chat_started webhooks (Basic Auth
    livechat / ${LEGACY_PASSWORD}) and adds visitor details:  npm run simulate -- legacy chat_started
  the ${TEMPLATES.length} templates of templates/ (inactive; their credentials and Data Tables chosen,
    Settings pointing at local stand-ins of a CRM, a marketing tool and a chat tool on
    ${standIns.url}): activate one, then fire its events, e.g.
    npm run simulate -- incoming_chat "Hi, my invoice shows the wrong price"

LiveChat simulator: ${simulatorUrl} (state: ${simulatorUrl}/_sim/state)
  fire events at the workflows:  npm run simulate -- incoming_event "Where is my order?"
                                 npm run simulate -- thread_tagged sales
  any of the 38 v3.6 actions works; see what was delivered: npm run simulate -- deliveries

Ctrl-C stops both.`);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
