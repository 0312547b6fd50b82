/**
 * n8n's editor in headless Chromium from Debian's packages, driven by playwright-core: what a
 * person does in it (sign in, open the node creator, pick options, fill fields, read panels). The
 * selectors are the editor's own `data-test-id`s and element-plus classes.
 */
import fs from 'fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

import { OWNER } from './n8n';
import { waitFor } from './ports';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
	if (!fs.existsSync(CHROMIUM)) {
		throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium`);
	}
	return await chromium.launch({
		executablePath: CHROMIUM,
		// Without the background-networking flags Chromium keeps dialling Google's hosts, which this
		// machine's closed network refuses.
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}

/** One signed-in editor tab. */
export class Editor {
	constructor(
		readonly page: Page,
		readonly baseUrl: string,
	) {}

	static async open(browser: Browser, baseUrl: string) {
		const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
		const editor = new Editor(await context.newPage(), baseUrl);
		await editor.signIn();
		return editor;
	}

	async signIn() {
		await this.page.goto(`${this.baseUrl}/signin`);
		await this.page.fill('input[name=emailOrLdapLoginId], input[name=email]', OWNER.email);
		await this.page.fill('input[name=password]', OWNER.password);
		await this.page.keyboard.press('Enter');
		await this.page.waitForURL((url) => !url.pathname.startsWith('/signin'));
	}

	byTestId(id: string): Locator {
		return this.page.locator(`[data-test-id="${id}"]:visible`);
	}

	async newWorkflow() {
		await this.page.goto(`${this.baseUrl}/workflow/new`);
		await this.byTestId('canvas-plus-button').waitFor();
	}

	async openWorkflow(id: string) {
		await this.page.goto(`${this.baseUrl}/workflow/${id}`);
		await this.page.locator('[data-test-id="canvas-node"]').first().waitFor();
	}

	/** Opens the node creator (on an empty canvas, or from a node's output) and searches. */
	async search(text: string, from: Locator) {
		await from.click();
		await this.byTestId('node-creator-search-bar').waitFor();
		await this.page.keyboard.type(text);
	}

	/** Waits until the node creator lists an item of this name (it filters as one types). */
	async waitForCreatorItem(name: string | RegExp) {
		await this.byTestId('node-creator-item-name').filter({ hasText: name }).first().waitFor();
	}

	/**
	 * Names listed in the node creator once it lists `expected`, top to bottom. The list renders
	 * only what is near the view, so it is scrolled down until nothing new appears.
	 */
	async creatorItems(expected: string | RegExp): Promise<string[]> {
		await this.waitForCreatorItem(expected);
		const items = this.byTestId('node-creator-item-name');
		const names: string[] = [];
		for (;;) {
			const shown = (await items.allTextContents()).map((text) => text.trim());
			const fresh = shown.filter((name) => !names.includes(name));
			if (!fresh.length) return names;
			names.push(...fresh);
			await items.last().scrollIntoViewIfNeeded();
			await this.page.waitForTimeout(200);
		}
	}

	/** The description the node creator shows under its item of this name; null without one. */
	async creatorItemDescription(name: string | RegExp): Promise<string | null> {
		const item = this.byTestId('item-iterator-item')
			.filter({ has: this.byTestId('node-creator-item-name').filter({ hasText: name }) })
			.first();
		await item.waitFor();
		const description = item.locator('[data-test-id="node-creator-item-description"]');
		return (await description.count()) ? (await description.innerText()).trim() : null;
	}

	/** What the node creator panel reads (its header, a node's details, its items). */
	async creatorText(): Promise<string> {
		return await this.byTestId('node-creator').innerText();
	}

	async clickCreatorItem(name: string | RegExp) {
		await this.byTestId('node-creator-item-name').filter({ hasText: name }).first().click();
	}

	ndv(): Locator {
		return this.byTestId('ndv');
	}

	async closeNdv() {
		// 2.x: a close button; 1.x: "Back to canvas".
		await this.byTestId('ndv-close-button').or(this.byTestId('back-to-canvas')).first().click();
		await this.ndv().waitFor({ state: 'hidden' });
	}

	/** The workflow's node of this type on the canvas (n8n renames nodes as operations change). */
	canvasNode(type: string): Locator {
		return this.page.locator(`[data-test-id="canvas-node"][data-node-type="${type}"]`);
	}

	async openNode(type: string) {
		await this.canvasNode(type).dblclick();
		await this.ndv().waitFor();
	}

	parameter(name: string): Locator {
		return this.page.locator(`[data-test-id="ndv"] [data-test-id="parameter-input-${name}"]`);
	}

	/** Names of the parameters the panel shows, in order. */
	async shownParameters(): Promise<string[]> {
		const ids = await this.page
			.locator('[data-test-id="node-parameters"] [data-test-id^="parameter-input-"]:visible')
			.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-test-id') ?? ''));
		return ids
			.map((id) => id.replace('parameter-input-', ''))
			.filter((name) => name !== 'field' && name !== 'item');
	}

	/** The labels of the panel's parameters (nested ones too), top to bottom. */
	async parameterLabels(): Promise<string[]> {
		return (
			await this.page
				.locator('[data-test-id="node-parameters"] [data-test-id="input-label"]:visible')
				.allInnerTexts()
		).map((label) => label.split('\n')[0].trim());
	}

	/** The option names an options or multi-options parameter offers (first line of each). */
	async optionsOf(name: string): Promise<string[]> {
		await this.openDropdown(name);
		const texts = await this.dropdownItems().evaluateAll((items) =>
			items.map((item) =>
				(item as unknown as { innerText: string }).innerText.split('\n')[0].trim(),
			),
		);
		await this.closeDropdown();
		return texts;
	}

	private dropdownItems(): Locator {
		return this.page.locator('.el-select-dropdown__item:visible');
	}

	private async openDropdown(name: string) {
		await this.parameter(name).click();
		await this.dropdownItems().first().waitFor();
	}

	/** A click beside the field closes a dropdown; Escape would close the whole panel. */
	private async closeDropdown() {
		await this.byTestId('tab-params').click();
		await this.dropdownItems().first().waitFor({ state: 'hidden' });
	}

	private async clickOption(name: string, option: string) {
		await this.openDropdown(name);
		await this.dropdownItems()
			.filter({ hasText: new RegExp(`^${escapeRegExp(option)}`) })
			.first()
			.click();
	}

	async choose(name: string, option: string) {
		await this.clickOption(name, option);
		await this.dropdownItems().first().waitFor({ state: 'hidden' });
	}

	/** Adds one option of a multi-options parameter (its dropdown stays open until closed). */
	async add(name: string, option: string) {
		await this.clickOption(name, option);
		await this.closeDropdown();
	}

	async valueOf(name: string): Promise<string> {
		return await this.parameter(name).locator('input').first().inputValue();
	}

	async fill(name: string, value: string) {
		const field = this.parameter(name).locator('input, textarea').first();
		await field.click();
		await field.fill(value);
		await this.byTestId('tab-params').click();
	}

	/** The items of a resource locator's "From List" mode. */
	async listItems(name: string): Promise<string[]> {
		await this.page
			.locator(`[data-test-id="resource-locator-${name}"] [data-test-id="rlc-input"]`)
			.click();
		await this.byTestId('rlc-item').first().waitFor();
		const items = (await this.byTestId('rlc-item').allTextContents()).map((t) => t.trim());
		await this.byTestId('tab-params').click();
		return items;
	}

	/** Picks an item of a resource locator's "From List" mode. */
	async pickFromList(name: string, item: string) {
		await this.page
			.locator(`[data-test-id="resource-locator-${name}"] [data-test-id="rlc-input"]`)
			.click();
		await this.byTestId('rlc-item').filter({ hasText: item }).first().click();
	}

	/** Notices (callouts) shown in the panel. */
	async notices(): Promise<string[]> {
		return (
			await this.page
				.locator(
					'[data-test-id="node-parameters"] .n8n-callout:visible, [data-test-id="node-parameters"] [role="alert"]:visible',
				)
				.allInnerTexts()
		).map((t) => t.trim());
	}

	/** Parameters the panel marks with an issue (the red triangle beside a field). */
	async parameterIssues(): Promise<number> {
		return await this.page
			.locator('[data-test-id="node-parameters"] [data-test-id="parameter-issues"]:visible')
			.count();
	}

	/** Names of the canvas nodes that show an issue. */
	async nodesWithIssues(): Promise<string[]> {
		return await this.page
			.locator('[data-test-id="canvas-node"]:has([data-test-id="node-issues"])')
			.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-node-name') ?? ''));
	}

	/** Names of the canvas's nodes, sticky notes left out. */
	async canvasNodeNames(): Promise<string[]> {
		return await this.page
			.locator('[data-test-id="canvas-node"]:not([data-node-type="n8n-nodes-base.stickyNote"])')
			.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-node-name') ?? ''));
	}

	/**
	 * "Import from File…": the workflow menu's item opens the file input beside the menu, which
	 * imports the chosen file into the canvas; the file is given to that input.
	 */
	async importFromFile(file: string) {
		await this.page.locator('[data-test-id="workflow-import-input"]').setInputFiles(file);
		await this.page.locator('[data-test-id="canvas-node"]').first().waitFor();
	}

	/** Adds an option of a collection parameter ("Add Filter" and the like), found by its label. */
	async addToCollection(label: string, option: string) {
		await this.openCollection(label);
		await this.collectionOptions()
			.filter({ hasText: new RegExp(`^${escapeRegExp(option)}$`) })
			.first()
			.click();
	}

	/** The options a collection parameter's "Add …" offers, found by its label. */
	async optionsOfCollection(label: string): Promise<string[]> {
		await this.openCollection(label);
		await this.collectionOptions().first().waitFor();
		const names = (await this.collectionOptions().allInnerTexts()).map((name) => name.trim());
		await this.closeDropdown();
		return names;
	}

	private async openCollection(label: string) {
		const byLabel = this.page
			.locator('[data-test-id="node-parameters"] [data-test-id="parameter-item"]')
			.filter({ hasText: new RegExp(`^${escapeRegExp(label)}`) })
			.locator('[data-test-id="collection-parameter-add"]');
		// 1.x: the "Add Filter" button itself says what it adds (the placeholder, in its case).
		const add = new RegExp(`^Add ${escapeRegExp(label.replace(/s$/, ''))}$`, 'i');
		const byText = this.ndv().getByText(add).or(this.ndv().getByPlaceholder(add));
		await byLabel.or(byText).first().click();
	}

	private collectionOptions(): Locator {
		return this.page.locator(
			'[data-test-id="collection-parameter-option"]:visible, .el-select-dropdown__item:visible',
		);
	}

	/** The plus under an AI Agent's Tool connector. */
	toolHandleOf(nodeName: string): Locator {
		return this.page.locator(
			`[data-test-id="canvas-node-input-handle"][data-connection-type="ai_tool"][data-node-name="${nodeName}"] [data-test-id="canvas-handle-plus"]`,
		);
	}

	credentialModal(): Locator {
		return this.byTestId('editCredential-modal');
	}

	/**
	 * The credential dropdown's "Create new credential", or the "Connect to …" button that n8n
	 * shows instead while no credential of the type exists.
	 */
	async createCredential() {
		const select = this.byTestId('node-credentials-select');
		const connect = this.page.locator('[data-test-id="node-credentials-slot"] button:visible', {
			hasText: /^Connect to /,
		});
		await select.or(connect).first().waitFor();
		if (await select.isVisible()) {
			await select.click();
			await this.byTestId('node-credentials-select-item-new').click();
		} else {
			await connect.click();
		}
		await this.credentialModal().waitFor();
	}

	async credentialModalText(): Promise<string> {
		const details = this.credentialModal().getByText('More details');
		if (await details.isVisible()) await details.click();
		return await this.credentialModal().innerText();
	}

	/**
	 * The authentication choices the credential form offers: a menu in 2.x, "Connect using" radio
	 * buttons in 1.x. (n8n marks a choice "(recommended)" when the admin preset some of its
	 * fields, as the tests do with CREDENTIALS_OVERWRITE_DATA.)
	 */
	async credentialModes(): Promise<string[]> {
		const menu = this.byTestId('credential-mode-dropdown-trigger');
		let modes: string[];
		if (await menu.isVisible()) {
			await menu.click();
			await this.modeMenuItems().first().waitFor();
			modes = await this.modeMenuItems().allInnerTexts();
			await menu.click();
			await this.modeMenuItems().first().waitFor({ state: 'hidden' });
		} else {
			modes = await this.modeRadios().allInnerTexts();
		}
		return modes.map((mode) => mode.replace('(recommended)', '').trim());
	}

	private modeMenuItems(): Locator {
		return this.page.locator('[role="menu"]:visible [role="menuitem"]');
	}

	private modeRadios(): Locator {
		return this.credentialModal().locator(
			'[data-test-id="node-auth-type-selector"] .el-radio:visible',
		);
	}

	async chooseCredentialMode(mode: string) {
		const menu = this.byTestId('credential-mode-dropdown-trigger');
		if (await menu.isVisible()) {
			await menu.click();
			await this.modeMenuItems().filter({ hasText: mode }).click();
		} else {
			await this.modeRadios().filter({ hasText: mode }).first().click();
		}
	}

	async fillCredential(fields: Record<string, string>) {
		for (const [name, value] of Object.entries(fields)) {
			await this.credentialModal()
				.locator(`[data-test-id="parameter-input-${name}"] input`)
				.first()
				.fill(value);
		}
	}

	/** Saves the form; n8n then tests the credential (callers wait for the outcome they expect). */
	async saveCredential() {
		await this.byTestId('credential-save-button').click();
	}

	/** Waits until the form closed on its own, or shows `success` (then closes it). */
	async credentialDone(success: RegExp) {
		const modal = this.credentialModal();
		await waitFor(
			`the credential form to close or say ${success}`,
			async () =>
				!(await modal.isVisible()) ||
				success.test(await modal.innerText({ timeout: 1000 }).catch(() => '')),
		);
		if (await modal.isVisible()) await this.closeCredential();
	}

	/** "Connect" (2.x) or "Connect my account" (1.x) of an OAuth2 credential. */
	oauthConnectButton(): Locator {
		return this.byTestId('quick-connect-button').or(this.byTestId('oauth-connect-button')).first();
	}

	async closeCredential() {
		await this.credentialModal().locator('[aria-label="Close this dialog"]').click();
		await this.credentialModal().waitFor({ state: 'hidden' });
	}

	async selectCredential(name: string) {
		if ((await this.credentialName()) === name) return;
		await this.byTestId('node-credentials-select').click();
		await this.page
			.locator('[data-test-id^="node-credentials-select-item-"]:visible')
			.filter({ hasText: name })
			.first()
			.click();
	}

	async credentialName(): Promise<string> {
		return await this.byTestId('node-credentials-select').locator('input').first().inputValue();
	}

	async outputText(): Promise<string> {
		return await this.byTestId('output-panel').innerText();
	}

	/** The output panel's table (its Table view) once it shows items: each one's cells by column. */
	async outputRows(): Promise<Array<Record<string, string>>> {
		const table = this.byTestId('output-panel').locator('table').first();
		await table.locator('tbody tr').first().waitFor();
		const columns = (await table.locator('thead th').allInnerTexts()).map((name) => name.trim());
		const rows: Array<Record<string, string>> = [];
		for (const row of await table.locator('tbody tr').all()) {
			const cells = (await row.locator('td').allInnerTexts()).map((cell) => cell.trim());
			rows.push(Object.fromEntries(columns.map((name, index) => [name, cells[index]])));
		}
		return rows;
	}

	/** 1.x has a Save button; 2.x saves on its own and on Ctrl+S. */
	async save() {
		const button = this.byTestId('workflow-save-button');
		if (await button.isVisible()) await button.click();
		else await this.page.keyboard.press('Control+s');
		await this.page.waitForURL(/\/workflow\/(?!new)/);
	}

	async screenshot(file: string) {
		await this.page.screenshot({ path: file });
	}
}

function escapeRegExp(text: string) {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
