/**
 * `npm run screenshots`: the LiveChat simulator and a throw-away n8n with this package, a sample
 * workflow, and pictures of the real editor (headless Chromium) in docs/screenshots/, which the
 * README shows, with one per template and the README's Templates section. Run it again whenever
 * the nodes or the templates change.
 */
import fs from 'fs';
import path from 'path';

import { LiveChatSimulator } from '../simulator/server';
import { ADMIN, ADMIN_PAT, APP_CLIENT_ID, LIVE_CHAT_ID } from '../simulator/state';
import { Editor, launchChromium } from '../e2e/support/editor';
import {
	createTaggingWorkflow,
	POLLING_TRIGGER_TYPE,
	saveCredential,
	simulatorCredentialsOverwrite,
	TRIGGER_TYPE,
} from '../e2e/support/livechat';
import { N8n, N8N_VERSIONS } from '../e2e/support/n8n';
import { packPackage, ROOT } from '../e2e/support/package';
import { waitFor } from '../e2e/support/ports';
import { ACTION_TYPE } from '../e2e/support/workflowNodes';
import { createTemplatePrerequisites, importTemplate, TEMPLATES } from '../e2e/support/templates';
import {
	README,
	readmeWithTemplates,
	screenshotOf,
	TEMPLATES_DOC,
	templatesDocWithTemplates,
} from './templatesReadme';

const OUT = path.join(ROOT, 'docs', 'screenshots');

async function main() {
	fs.mkdirSync(OUT, { recursive: true });
	const simulator = new LiveChatSimulator();
	const simulatorUrl = await simulator.start();
	const n8n = new N8n({
		version: N8N_VERSIONS[0],
		tarball: packPackage(),
		credentialsOverwrite: simulatorCredentialsOverwrite(simulatorUrl),
	});
	const browser = await launchChromium();
	try {
		await n8n.start();
		await n8n.setUp();
		const token = await saveCredential(n8n, 'liveChatApi', 'LiveChat token', {
			accountId: ADMIN.accountId,
			accessToken: ADMIN_PAT,
			clientId: APP_CLIENT_ID,
		});
		await saveCredential(n8n, 'liveChatLegacyWebhookApi', 'LiveChat legacy webhooks', {
			user: 'livechat',
			password: 'a-long-random-password',
		});
		const workflow = await createTaggingWorkflow(n8n, 'Tag customer messages', token);
		const editor = await Editor.open(browser, n8n.baseUrl);
		const shoot = async (name: string) => {
			await editor.page.waitForTimeout(500); // let panels finish sliding in
			await editor.screenshot(path.join(OUT, `${name}.png`));
			console.log(`docs/screenshots/${name}.png`);
		};

		await editor.openWorkflow(workflow.id);
		await shoot('workflow');
		await editor.openNode(TRIGGER_TYPE);
		await shoot('trigger-automatic');
		await editor.choose('webhookSource', 'Legacy Webhooks (Manual Setup)');
		await editor.add('legacyEvents', 'Chat Started');
		await shoot('trigger-legacy');
		await editor.openWorkflow(workflow.id);
		await editor.openNode(ACTION_TYPE);
		await shoot('action-node');
		await editor.createCredential();
		await shoot('credential-token');
		await editor.closeCredential();
		await editor.closeNdv();

		await editor.newWorkflow();
		await editor.search('manual', editor.byTestId('canvas-plus-button'));
		await editor.clickCreatorItem(/^Manual Trigger$/);
		await editor.search('LiveChat', editor.byTestId('canvas-handle-plus'));
		await editor.clickCreatorItem(/^LiveChat$/);
		await editor.clickCreatorItem('Get the transcript of a chat');
		await editor.ndv().waitFor();
		await editor.fill('chatId', LIVE_CHAT_ID);
		await editor.byTestId('node-execute-button').first().click();
		await waitFor('the transcript', async () => (await editor.outputText()).includes(LIVE_CHAT_ID));
		await shoot('execution-output');

		// Each template as a user sees it once imported and set up; the README's section follows.
		fs.mkdirSync(path.join(OUT, 'templates'), { recursive: true });
		const { credentials, dataTables } = await createTemplatePrerequisites(n8n, token);
		for (const name of TEMPLATES) {
			const imported = await importTemplate(n8n, name, {
				credentials,
				dataTable: dataTables[name],
			});
			await editor.openWorkflow(imported.id);
			await editor.page.waitForTimeout(1000); // the canvas zooms to fit
			await editor.screenshot(path.join(ROOT, screenshotOf(name)));
			console.log(screenshotOf(name));
			if (name === 'transcript-archive-no-chat-lost') {
				await editor.openNode(POLLING_TRIGGER_TYPE);
				await shoot('trigger-polling');
				await editor.closeNdv();
			}
		}
		fs.writeFileSync(README, readmeWithTemplates());
		fs.writeFileSync(TEMPLATES_DOC, templatesDocWithTemplates());
		console.log('README.md: Templates section');
	} finally {
		await browser.close();
		await n8n.stop();
		await simulator.stop();
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
