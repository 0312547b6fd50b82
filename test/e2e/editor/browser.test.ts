/**
 * The browser suite (E1–E11): the nodes wired as a person does it, in the real editor (headless
 * Chromium) of each n8n version of SUITE_VERSIONS.editor, against the LiveChat simulator. What each
 * check expects comes from the nodes' descriptions and from the simulator's own data, never from
 * the page under test.
 */
import fs from 'fs';
import os from 'os';
import type { INodeProperties, INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';
import { cronNodeOptions } from 'n8n-workflow';
import path from 'path';
import type { Browser } from 'playwright-core';

import { LiveChat } from '../../../nodes/LiveChat/LiveChat.node';
import { LiveChatPollingTrigger } from '../../../nodes/LiveChat/LiveChatPollingTrigger.node';
import { LiveChatTrigger } from '../../../nodes/LiveChat/LiveChatTrigger.node';
import { ADMIN, ADMIN_PAT, APP_CLIENT_ID, LIVE_CHAT_ID } from '../../simulator/state';
import { Editor, launchChromium } from '../support/editor';
import { registrationsOf, TRIGGER_TYPE } from '../support/livechat';
import type { N8nVersion } from '../support/n8n';
import { useN8nWithSimulator } from '../support/n8nWithSimulator';
import { waitFor } from '../support/ports';
import { ACTION_TYPE } from '../support/workflowNodes';
import {
	createTemplatePrerequisites,
	credentialTypeOf,
	importTemplate,
	readTemplate,
	TEMPLATES,
	TEMPLATES_DIR,
	workingNodesOf,
} from '../support/templates';
import { SUITE_VERSIONS } from '../support/versions';

const actionNode = new LiveChat().description;
const triggerNode = new LiveChatTrigger().description;
const pollingNode = new LiveChatPollingTrigger().description;
const POLLING_TYPE = `n8n-nodes-livechat.${pollingNode.name}`;

const property = (properties: INodeProperties[], name: string) =>
	properties.find((candidate) => candidate.name === name)!;
const namesOf = (options: INodeProperties['options']) =>
	(options as INodePropertyOptions[]).map((option) => option.name);

/** The operation options the description offers for a resource, in order. */
function operationsOf(resource: string): INodePropertyOptions[] {
	const operations = actionNode.properties.find(
		(candidate) =>
			candidate.name === 'operation' &&
			candidate.displayOptions?.show?.resource?.includes(resource),
	)!;
	return operations.options as INodePropertyOptions[];
}

/** Input types the panel shows as one `parameter-input-<name>` each (not collections or notices). */
const INPUT_TYPES = new Set(['boolean', 'dateTime', 'multiOptions', 'number', 'options', 'string']);

/** The action node's fields shown for exactly this resource and operation, and no other condition. */
function fieldsOf(resource: string, operation: string): string[] {
	return actionNode.properties
		.filter((field) => {
			const show = field.displayOptions?.show ?? {};
			return (
				INPUT_TYPES.has(field.type) &&
				field.name !== 'operation' &&
				Object.keys(show).sort().join() === 'operation,resource' &&
				show.resource?.includes(resource) &&
				show.operation?.includes(operation) &&
				!field.displayOptions?.hide
			);
		})
		.map((field) => field.name);
}

/** A Configuration API list read from the simulator as LiveChat would answer it. */
async function simulatorList<T>(url: string, method: string): Promise<T[]> {
	const response = await fetch(`${url}/v3.6/configuration/action/${method}`, {
		method: 'POST',
		headers: {
			'Content-Type': 'application/json',
			Authorization: `Basic ${Buffer.from(`${ADMIN.accountId}:${ADMIN_PAT}`).toString('base64')}`,
		},
		body: '{}',
	});
	return (await response.json()) as T[];
}

function describeEditor(version: N8nVersion) {
	describe(`The n8n ${version} editor, as a person wires LiveChat`, () => {
		const context = useN8nWithSimulator(version);
		let browser: Browser;
		let editor: Editor;
		/** The workflow E1 builds, which the later checks open again. */
		let workflowUrl = '';
		const pictures = fs.mkdtempSync(path.join(os.tmpdir(), `n8n-editor-${version}-`));

		/** Saves the workflow as a person does (Ctrl+S) and waits until n8n holds it; its URL. */
		async function saved() {
			await editor.save();
			const url = editor.page.url().split('?')[0];
			const id = /\/workflow\/([^/?]+)/.exec(url)![1];
			await waitFor(`workflow ${id} saved`, async () => {
				try {
					await context.n8n.rest('GET', `/rest/workflows/${id}`);
					return true;
				} catch {
					return false;
				}
			});
			return url;
		}

		beforeAll(async () => {
			browser = await launchChromium();
			editor = await Editor.open(browser, context.n8n.baseUrl);
		}, 120_000);
		afterEach(async () => {
			// Each check leaves a picture of where it ended (the proof when one fails), and the
			// next starts from the saved workflow, whatever panel or form this one left open.
			const file = path.join(
				pictures,
				`${/E\d+/.exec(expect.getState().currentTestName ?? '')?.[0] ?? 'check'}.png`,
			);
			await editor?.screenshot(file).catch(() => undefined);
			if (workflowUrl) await editor?.page.goto(workflowUrl);
		});
		afterAll(async () => {
			await browser?.close();
		});

		test('E1. typing "LiveChat" finds it; an "On …" action adds the trigger, a listed action the action node', async () => {
			await editor.newWorkflow();
			await editor.search('LiveChat', editor.byTestId('canvas-plus-button'));
			const foundTriggers = await editor.creatorItems(/^LiveChat$/);
			await editor.clickCreatorItem(/^LiveChat$/);
			const events = namesOf(property(triggerNode.properties, 'events').options);
			const onEvents = events.map((name) => `On ${name.toLowerCase()}`);
			// (What the search found stays listed above the node's actions while the panel slides in.)
			const listedEvents = await editor.creatorItems(onEvents[0]);
			expect(listedEvents.filter((name) => !foundTriggers.includes(name))).toEqual(onEvents);
			await editor.clickCreatorItem('On incoming chat');
			await editor.ndv().waitFor();
			expect(await editor.valueOf('webhookSource')).toBe('Automatic (API v3.6)');
			expect(await editor.parameter('events').innerText()).toContain('Incoming Chat');
			await editor.closeNdv();
			// The subtitle under the node names the chosen events readably.
			expect(await editor.canvasNode(TRIGGER_TYPE).innerText()).toContain('Incoming Chat');

			await editor.search('LiveChat', editor.byTestId('canvas-handle-plus'));
			const foundNodes = await editor.creatorItems(/^LiveChat$/);
			await editor.clickCreatorItem(/^LiveChat$/);
			const actions = (
				property(actionNode.properties, 'resource').options as INodePropertyOptions[]
			).flatMap(({ value }) =>
				operationsOf(String(value)).map((option) => option.action ?? option.name),
			);
			const listedActions = await editor.creatorItems(actions[0]);
			expect(listedActions.filter((name) => !foundNodes.includes(name))).toEqual(actions);
			await editor.clickCreatorItem('Add a tag to a chat');
			await editor.ndv().waitFor();
			expect(await editor.valueOf('resource')).toBe('Chat');
			expect(await editor.valueOf('operation')).toBe('Add Tag');
			// Filled in, so that the workflow can run (1.x runs nothing while a node has issues).
			await editor.fill('chatId', LIVE_CHAT_ID);
			await editor.pickFromList('tag', 'support');
			await editor.closeNdv();
			workflowUrl = await saved();
		});

		test('E2. the trigger: both webhook sources, each with its events, notice and credential', async () => {
			await editor.openNode(TRIGGER_TYPE);
			expect(await editor.shownParameters()).toEqual(
				expect.arrayContaining(['webhookSource', 'events', 'output', 'additionalData']),
			);
			expect(await editor.optionsOf('webhookSource')).toEqual(
				namesOf(property(triggerNode.properties, 'webhookSource').options),
			);
			expect(await editor.optionsOf('events')).toEqual(
				namesOf(property(triggerNode.properties, 'events').options),
			);
			expect((await editor.notices()).join('\n')).toContain(
				'LiveChat registers the webhooks itself when the workflow is activated',
			);
			expect(await editor.byTestId('credentials-label').innerText()).toMatch(
				/^Credential( to connect with)?$/,
			);

			await editor.choose('webhookSource', 'Legacy Webhooks (Manual Setup)');
			const legacy = await editor.shownParameters();
			expect(legacy).toContain('legacyEvents');
			expect(legacy).not.toEqual(expect.arrayContaining(['events']));
			expect(legacy).not.toContain('filters');
			expect(await editor.optionsOf('legacyEvents')).toEqual(
				namesOf(property(triggerNode.properties, 'legacyEvents').options),
			);
			expect((await editor.notices()).join('\n')).toContain('Nothing is registered in LiveChat');
			expect(await editor.byTestId('credentials-label').innerText()).toContain(
				'LiveChat Legacy Webhook API',
			);

			// Legacy mode without an event: the editor marks Trigger On (so the check below sees issues).
			expect(await editor.parameterIssues()).toBeGreaterThan(0);
			await editor.add('legacyEvents', 'Chat Started');
			expect(await editor.parameterIssues()).toBe(0);

			await editor.choose('webhookSource', 'Automatic (API v3.6)');
			expect(await editor.shownParameters()).toContain('events');
			// 1.x drops the hidden events on the way; Trigger On is then empty (an issue) again.
			if (!(await editor.parameter('events').innerText()).includes('Incoming Chat')) {
				await editor.add('events', 'Incoming Chat');
			}
			expect(await editor.parameterIssues()).toBe(0);
			await editor.closeNdv();
			expect(await editor.nodesWithIssues()).toEqual([]);
			// What the next check opens is what this one leaves (2.x also autosaves midway).
			await saved();
		});

		test('E3. "Listen for test event" on the trigger receives a simulated event and shows its item', async () => {
			const { n8n, sim } = context;
			const workflowId = /\/workflow\/([^/?]+)/.exec(await saved())![1];
			const stored = await n8n.rest<{ nodes: Array<{ name: string; webhookId: string }> }>(
				'GET',
				`/rest/workflows/${workflowId}`,
			);
			const { webhookId } = stored.nodes.find((node) => node.name === 'LiveChat Trigger')!;
			const testUrl = `${n8n.webhookBaseUrl}/webhook-test/${webhookId}/webhook`;

			await editor.openNode(TRIGGER_TYPE);
			await editor.byTestId('node-execute-button').first().click();
			await waitFor('test registrations', async () => {
				const registered = await registrationsOf(sim, { url: testUrl } as never, testUrl);
				return registered.length === 1;
			});
			await sim.emit({ action: 'incoming_chat', chat_id: LIVE_CHAT_ID, wait: true });
			await waitFor('the item in the output panel', async () =>
				(await editor.outputText()).includes(LIVE_CHAT_ID),
			);
			expect(await editor.outputText()).toContain('incoming_chat');
			await editor.closeNdv();
		});

		test('E4. the action node: every resource and operation can be chosen, each with its fields; operations follow the resource; Custom API Call points at the HTTP Request node', async () => {
			await editor.openNode(ACTION_TYPE);
			expect(await editor.shownParameters()).toEqual(
				expect.arrayContaining(['resource', 'operation']),
			);
			const resources = namesOf(property(actionNode.properties, 'resource').options);
			// n8n adds its own "Custom API Call" to nodes whose credentials can sign HTTP requests.
			expect(await editor.optionsOf('resource')).toEqual([...resources, 'Custom API Call']);
			for (const resource of property(actionNode.properties, 'resource')
				.options as INodePropertyOptions[]) {
				await editor.choose('resource', resource.name);
				const operations = operationsOf(String(resource.value)).map((option) => option.name);
				const offered = await editor.optionsOf('operation');
				expect(offered.filter((name) => name !== 'Custom API Call')).toEqual(operations);
				for (const operation of operationsOf(String(resource.value))) {
					await editor.choose('operation', operation.name);
					expect(await editor.valueOf('operation')).toBe(operation.name);
					// Every field that depends only on this resource and operation is in the panel.
					const fields = fieldsOf(String(resource.value), String(operation.value));
					expect({ operation: operation.name, shown: await editor.shownParameters() }).toEqual({
						operation: operation.name,
						shown: expect.arrayContaining(fields),
					});
				}
			}
			// n8n's own "Custom API Call" points at its HTTP Request node, which signs with our credential.
			await editor.choose('resource', 'Custom API Call');
			expect(await editor.shownParameters()).toEqual(['resource']);
			expect((await editor.notices()).join(' ')).toContain('HTTP Request');
			await editor.closeNdv();
			// What the next check opens is what this one leaves (2.x also autosaves midway).
			await saved();
		});

		test("E5. the tag, group and agent dropdowns list the simulator's values", async () => {
			const url = context.sim.url;
			const tags = await simulatorList<{ name: string }>(url, 'list_tags');
			const groups = await simulatorList<{ id: number; name: string }>(url, 'list_groups');
			const agents = await simulatorList<{ id: string; name: string }>(url, 'list_agents');
			await editor.openNode(ACTION_TYPE);
			await editor.choose('resource', 'Tag');
			await editor.choose('operation', 'Update');
			expect(await editor.listItems('tag')).toEqual(tags.map((tag) => tag.name).sort());
			expect(await editor.optionsOf('groupIds')).toEqual(
				groups.map((group) => group.name).sort((a, b) => a.localeCompare(b)),
			);
			await editor.choose('resource', 'Chat');
			await editor.choose('operation', 'Search Archives');
			await editor.addToCollection('Filters', 'Agent');
			expect(await editor.listItems('agent')).toEqual(
				agents.map((agent) => `${agent.name} (${agent.id})`).sort((a, b) => a.localeCompare(b)),
			);
			await editor.closeNdv();
			// What the next check opens is what this one leaves (2.x also autosaves midway).
			await saved();
		});

		test('E6. "Execute step" on Chat → Get shows the chat; no parameter shows an issue once filled', async () => {
			await editor.newWorkflow();
			await editor.search('manual', editor.byTestId('canvas-plus-button'));
			await editor.waitForCreatorItem(/^Manual Trigger$/);
			await editor.clickCreatorItem(/^Manual Trigger$/);
			await editor.search('LiveChat', editor.byTestId('canvas-handle-plus'));
			await editor.waitForCreatorItem(/^LiveChat$/);
			await editor.clickCreatorItem(/^LiveChat$/);
			await editor.waitForCreatorItem('Get a chat');
			await editor.clickCreatorItem('Get a chat');
			await editor.ndv().waitFor();
			// An empty required field is an issue the editor shows: the check below can see issues.
			await editor.fill('chatId', '');
			expect(await editor.parameterIssues()).toBeGreaterThan(0);
			await editor.fill('chatId', LIVE_CHAT_ID);
			expect(await editor.parameterIssues()).toBe(0);
			await editor.byTestId('node-execute-button').first().click();
			await waitFor('the chat in the output panel', async () =>
				(await editor.outputText()).includes(LIVE_CHAT_ID),
			);
			await editor.closeNdv();
			expect(await editor.nodesWithIssues()).toEqual([]);
			// The credential checks below work in this workflow.
			workflowUrl = await saved();
		});

		test("E7. credentials from the node: the right types, the bot's form; the token form saves and tests, a wrong token shows the error", async () => {
			await editor.openNode(ACTION_TYPE);
			await editor.createCredential();
			expect((await editor.credentialModes()).sort()).toEqual([
				'Bot',
				'OAuth2',
				'Personal Access Token',
			]);
			// The bot's form asks for what issue_bot_token needs; the token itself stays hidden.
			await editor.chooseCredentialMode('Bot');
			await waitFor('the bot form', async () =>
				(await editor.credentialModalText()).includes('Bot Secret'),
			);
			const botForm = await editor.credentialModalText();
			for (const label of ['Bot ID', 'Client ID', 'Organization ID', 'Personal Access Token'])
				expect(botForm).toContain(label);
			expect(botForm).not.toContain('Bot Token');
			await editor.chooseCredentialMode('Personal Access Token');
			await editor.fillCredential({
				accountId: ADMIN.accountId,
				accessToken: 'not-the-token',
				clientId: APP_CLIENT_ID,
			});
			await editor.saveCredential();
			// 2.x shows what the credential's test rules say LiveChat's 401 means; 1.x its own text.
			const explanation =
				context.n8n.install.major >= 2
					? 'LiveChat did not accept the Account ID and token (authentication error)'
					: 'Authorization failed - please check your credentials';
			await waitFor('the failed test', async () => {
				const text = await editor.credentialModalText();
				return text.includes('connect with these settings') && text.includes(explanation);
			});
			await editor.fillCredential({ accessToken: ADMIN_PAT });
			await editor.saveCredential();
			// Tested successfully: 2.x closes the form, 1.x says so in it; the node uses the new one.
			await editor.credentialDone(/Connection tested successfully/i);
			const tests = await context.sim.calls('get_license_webhooks_state');
			expect(tests.at(-1)).toMatchObject({ status: 200, auth: 'basic' });
			expect(await editor.credentialName()).toMatch(/^LiveChat Personal Access Token account/);

			await editor.choose('resource', 'Visitor (Legacy)');
			await editor.createCredential();
			expect(await editor.credentialModalText()).toContain('LiveChat Legacy Webhook API');
			await editor.closeCredential();
			// Back to Chat → Get for E8; n8n cleared the Chat ID while it was hidden.
			await editor.choose('resource', 'Chat');
			await editor.choose('operation', 'Get');
			await editor.fill('chatId', LIVE_CHAT_ID);
			await editor.closeNdv();
			// What the next check opens is what this one leaves (2.x also autosaves midway).
			await saved();
		});

		test('E8. OAuth2: "Connect my account" completes through the simulator\'s consent page', async () => {
			await editor.openNode(ACTION_TYPE);
			await editor.createCredential();
			await editor.chooseCredentialMode('OAuth2');
			await editor.fillCredential({ clientId: APP_CLIENT_ID, clientSecret: 'sim-client-secret' });
			await editor.saveCredential();
			await editor.oauthConnectButton().waitFor();
			const name = (
				await editor.credentialModal().locator('[data-test-id="inline-edit-preview"]').innerText()
			).trim();
			const grants = (await context.sim.state()).token_grants.length;
			const popup = editor.page.waitForEvent('popup');
			await editor.oauthConnectButton().click();
			const consent = await popup;
			await consent.getByRole('button', { name: 'Allow' }).click();
			// Connected: 2.x closes the form, 1.x says so in it; the node uses the new credential.
			await editor.credentialDone(/Account connected/i);
			expect((await context.sim.state()).token_grants.length).toBe(grants + 1);
			// 2.x switches the node to the new credential; in 1.x one picks it.
			await editor.selectCredential(name);
			await editor.byTestId('node-execute-button').first().click();
			await waitFor('the chat, read with the OAuth2 token', async () =>
				(await editor.outputText()).includes(LIVE_CHAT_ID),
			);
			expect((await context.sim.calls('get_chat')).at(-1)).toMatchObject({ auth: 'bearer' });
			await editor.closeNdv();
		});

		test('E9. the AI Agent offers "LiveChat Tool" among its tools', async () => {
			await editor.search('AI Agent', editor.byTestId('node-creator-plus-button'));
			await editor.waitForCreatorItem(/^AI Agent$/);
			await editor.clickCreatorItem(/^AI Agent$/);
			await editor.ndv().waitFor();
			await editor.closeNdv();
			await editor.search('LiveChat', editor.toolHandleOf('AI Agent'));
			await editor.waitForCreatorItem(/^LiveChat Tool$/);
		});

		test('E10. each template: "Import from File" shows its nodes, issues only where its notes say to set something; set up, none', async () => {
			const { n8n, pat } = context;
			const { credentials, dataTables } = await createTemplatePrerequisites(n8n, pat);
			// Leaving an imported, unsaved workflow asks whether to leave.
			editor.page.on('dialog', (dialog) => void dialog.accept());
			let issuesBeforeSetUp = 0;
			for (const name of TEMPLATES) {
				await editor.newWorkflow();
				await editor.importFromFile(path.join(TEMPLATES_DIR, `${name}.json`));
				const nodes = workingNodesOf(readTemplate(name));
				await waitFor(
					`the nodes of ${name}`,
					async () => (await editor.canvasNodeNames()).length === nodes.length,
				);
				expect((await editor.canvasNodeNames()).sort()).toEqual(
					nodes.map((node) => node.name).sort(),
				);
				const toSet = nodes
					.filter((node) => credentialTypeOf(node) || node.type === 'n8n-nodes-base.dataTable')
					.map((node) => node.name);
				// 2.x may pick a user's only credential of a type on its own: fewer issues then.
				const issues = await editor.nodesWithIssues();
				expect({ name, elsewhere: issues.filter((node) => !toSet.includes(node)) }).toEqual({
					name,
					elsewhere: [],
				});
				issuesBeforeSetUp += issues.length;

				const workflow = await importTemplate(n8n, name, {
					credentials,
					dataTable: dataTables[name],
				});
				await editor.openWorkflow(workflow.id);
				await waitFor(
					`${name} on the canvas`,
					async () => (await editor.canvasNodeNames()).length === nodes.length,
				);
				expect({ name, issues: await editor.nodesWithIssues() }).toEqual({ name, issues: [] });
			}
			// The check above sees issues where there are some.
			expect(issuesBeforeSetUp).toBeGreaterThan(TEMPLATES.length);
		});

		test('E11. the polling trigger: listed among the triggers with its events; its parameters and groups shown; "Fetch Test Event" shows the newest chats from one list_archives call', async () => {
			const { n8n, sim, simulator, pat } = context;
			await editor.newWorkflow();
			await editor.search('LiveChat', editor.byTestId('canvas-plus-button'));
			// Both triggers, under their names without "Trigger" (n8n does so for a trigger with events).
			const listedName = (node: INodeTypeDescription) =>
				node.displayName.replace('Trigger', '').trim();
			const listed = listedName(pollingNode);
			const found = await editor.creatorItems(listed);
			expect(found).toEqual([listedName(triggerNode), listed]);
			// 2.x shows the description under the name; 1.x only in the node's details.
			expect(await editor.creatorItemDescription(listed)).toBe(
				n8n.install.major >= 2 ? pollingNode.description : null,
			);
			// (n8n leaves the space before "Trigger" in the item's text.)
			await editor.clickCreatorItem(new RegExp(`^${listed}\\s*$`));
			await waitFor('the node details', async () =>
				(await editor.creatorText()).includes(pollingNode.displayName),
			);
			expect(await editor.creatorText()).toContain(pollingNode.description);
			const events = property(pollingNode.properties, 'events');
			const onEvents = namesOf(events.options).map((name) => `On ${name.toLowerCase()}`);
			// (What the search found stays listed above the node's actions while the panel slides in.)
			const actions = await editor.creatorItems(onEvents[0]);
			expect(actions.filter((name) => !found.includes(name))).toEqual(onEvents);
			const started = (events.options as INodePropertyOptions[]).find(
				(option) => option.value === 'incoming_chat',
			)!;
			const ended = (events.options as INodePropertyOptions[]).find(
				(option) => option.value === 'chat_deactivated',
			)!;
			await editor.clickCreatorItem(`On ${started.name.toLowerCase()}`);
			await editor.ndv().waitFor();
			expect(await editor.parameter('events').innerText()).toBe(started.name);

			// What the panel shows: n8n's Poll Times (its first poll time's Mode) above the node's own
			// parameters; Authentication is the credential dropdown's choice.
			const modes = cronNodeOptions[0].values.find((value) => value.name === 'mode')!;
			const shown = ['events', 'groupIds', 'output', 'options'].map(
				(name) => property(pollingNode.properties, name).displayName,
			);
			expect(await editor.parameterLabels()).toEqual(['Poll Times', modes.displayName, ...shown]);
			expect(await editor.optionsOf('mode')).toEqual(namesOf(modes.options));
			expect(await editor.notices()).toContain(
				property(pollingNode.properties, 'notice').displayName,
			);
			expect(await editor.optionsOf('events')).toEqual(namesOf(events.options));
			const groups = [...simulator.state.groups].map((group) => group.name);
			expect(await editor.optionsOf('groupIds')).toEqual(groups.sort((a, b) => a.localeCompare(b)));
			expect(await editor.optionsOf('output')).toEqual(
				namesOf(property(pollingNode.properties, 'output').options),
			);
			expect(await editor.optionsOfCollection('Options')).toEqual(
				(property(pollingNode.properties, 'options').options as INodeProperties[]).map(
					(option) => option.displayName,
				),
			);

			// The suite's token, both events: what the newest chats are, in the simulator.
			await editor.selectCredential(pat.name);
			expect(await editor.credentialName()).toBe(pat.name);
			await editor.add('events', ended.name);
			expect(await editor.parameter('events').innerText()).toContain(ended.name);
			expect(await editor.parameterIssues()).toBe(0);
			const threads = [...simulator.state.chats.values()]
				.flatMap((chat) => chat.threads.map((thread) => ({ chat, thread })))
				.sort((a, b) => b.thread.created_at.localeCompare(a.thread.created_at));
			const newest = threads[0];
			const newestEnded = threads.find(({ thread }) => !thread.active)!;
			const expected = [
				{ action: started.value, ...newest },
				{ action: ended.value, ...newestEnded },
			].map(({ action, chat, thread }) => ({
				action: String(action),
				chatId: chat.id,
				threadId: thread.id,
				deliveryKey: `${action}:${chat.id}:${thread.id}`,
			}));

			const before = (await sim.calls('list_archives')).length;
			const fetch = editor.byTestId('node-execute-button').first();
			expect((await fetch.innerText()).trim()).toBe('Fetch Test Event');
			await fetch.click();
			const rows = await editor.outputRows();
			expect(
				rows.map(({ action, chatId, threadId, deliveryKey }) => ({
					action,
					chatId,
					threadId,
					deliveryKey,
				})),
			).toEqual(expect.arrayContaining(expected));
			expect(rows).toHaveLength(expected.length);
			const fetched = (await sim.calls('list_archives')).slice(before);
			expect(fetched).toEqual([expect.objectContaining({ status: 200, auth: 'basic' })]);
			await editor.closeNdv();
			// The subtitle under the node names both events.
			const subtitle = await editor.canvasNode(POLLING_TYPE).innerText();
			expect(subtitle).toContain(started.name);
			expect(subtitle).toContain(ended.name);
			expect(await editor.nodesWithIssues()).toEqual([]);
			await saved();
		});
	});
}

// One n8n at a time: each version's describe block starts its own and stops it when done.
for (const version of SUITE_VERSIONS.editor) describeEditor(version);
