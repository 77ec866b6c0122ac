/**
 * The n8n editor in a real browser (Debian's Chromium through puppeteer-core), driven as a
 * person would: n8n's data-test-id attributes are the selectors.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where the README's screenshots are written when UPDATE_SCREENSHOTS=1. */
const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'docs', 'screenshots');

export async function openEditor(
	base: string,
	cookie: string,
): Promise<{ browser: Browser; page: Page }> {
	if (!existsSync(CHROMIUM))
		throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium`);
	const browser = await puppeteer.launch({
		executablePath: CHROMIUM,
		headless: true,
		// As root, with this machine's closed network: no sandbox, no background connections.
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
	const page = await browser.newPage();
	await page.setViewport({ width: 1400, height: 900 });
	const [name, ...value] = cookie.split('=');
	await browser.setCookie({
		name,
		value: value.join('='),
		domain: new URL(base).hostname,
		path: '/',
	});
	await page.goto(`${base}/workflow/new`, { waitUntil: 'networkidle2' });
	return { browser, page };
}

export async function screenshot(page: Page, name: string) {
	if (process.env.UPDATE_SCREENSHOTS === '1')
		await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/**
 * Clicks the first visible element of `selector` whose text matches, once it is there (up to
 * 10 s). A list that is opening or closing holds hidden copies and elements that move: those
 * are skipped, and a click that finds no point to land on is tried again.
 */
export async function clickText(page: Page, selector: string, text: RegExp) {
	const deadline = Date.now() + 10_000;
	let lastError: unknown;
	while (Date.now() < deadline) {
		for (const handle of await page.$$(selector)) {
			const read = await handle.evaluate((element) => {
				const shown = element as unknown as { innerText: string; offsetParent: unknown };
				return shown.offsetParent === null ? undefined : shown.innerText;
			});
			if (read !== undefined && text.test(read.trim())) {
				try {
					await handle.click();
					return;
				} catch (error) {
					lastError = error;
				}
			}
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(
		`Nothing visible in ${selector} reads ${text}${lastError ? ` (${String(lastError)})` : ''}`,
	);
}

/** The entries of an open dropdown: a select's options, or a menu's items (Add Field). */
export const MENU_ITEMS = '[role="option"], [role="menuitem"], .el-select-dropdown__item';

/** Picks the visible dropdown option that reads exactly `text`. */
export async function pickOption(page: Page, text: string, waitMs = 2000) {
	for (let tries = 0; tries < waitMs / 100; tries++) {
		for (const handle of await page.$$(MENU_ITEMS)) {
			const visible = await handle.evaluate(
				(element, wanted) =>
					(element as unknown as { innerText: string; offsetParent: unknown }).innerText.trim() ===
						wanted &&
					(element as unknown as { innerText: string; offsetParent: unknown }).offsetParent !==
						null,
				text,
			);
			if (visible) {
				// A list still opening has options that move: a click that finds no point is retried.
				const clicked = await handle.click().then(
					() => true,
					() => false,
				);
				if (clicked) return;
			}
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`No visible option "${text}"`);
}

/** The output panel's text once it shows `expected` (a run's result or its error). */
export async function outputText(page: Page, expected: RegExp): Promise<string> {
	const deadline = Date.now() + 20_000;
	for (;;) {
		const text = await page
			.$eval(
				'[data-test-id="output-panel"]',
				(element) => (element as unknown as { innerText: string; offsetParent: unknown }).innerText,
			)
			.catch(() => '');
		if (expected.test(text) || Date.now() > deadline) return text.replace(/\s+/g, ' ');
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

/** Adds a Webex Calling node for one of its actions, as a person does from the nodes panel. */
export async function addWebexAction(page: Page, action: string) {
	// The big + of an empty canvas, or the nodes panel's button once there are nodes.
	const plus = await page.waitForSelector(
		'[data-test-id="canvas-plus-button"], [data-test-id="node-creator-plus-button"]',
	);
	await plus!.click();
	await page.waitForSelector('[data-test-id="node-creator-search-bar"]');
	await page.keyboard.type('Webex Calling');
	await clickText(page, '[data-test-id="node-creator-item-name"]', /^Webex Calling$/);
	const wanted = new RegExp(`^\\s*${action}\\s*$`);
	// The package has a trigger too: on an empty canvas n8n lists the node's triggers first and
	// folds its actions under "Actions (N)"; unfold them when the action is not in sight.
	await pause(500);
	const shown = await page.$$eval('[data-test-id="item-iterator-item"]', (elements) =>
		elements
			.filter((e) => (e as unknown as { offsetParent: unknown }).offsetParent !== null)
			.map((e) => (e as unknown as { innerText: string }).innerText),
	);
	if (!shown.some((text) => wanted.test(text)))
		await clickText(page, '[data-test-id="node-creator-category-item"]', /^\s*Actions \(\d+\)/);
	await clickText(page, '[data-test-id="item-iterator-item"]', wanted);
}

/** Everything the page shows, as text. */
export async function pageText(page: Page): Promise<string> {
	return await page.evaluate(
		() =>
			(globalThis as unknown as { document: { body: { innerText: string } } }).document.body
				.innerText,
	);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the node's Credential field shows (its input's value). */
export async function credentialField(page: Page): Promise<string> {
	await page.waitForSelector('[data-test-id="node-credentials-select"] input');
	return await page.$eval(
		'[data-test-id="node-credentials-select"] input',
		(element) => (element as unknown as { value: string }).value,
	);
}

/** Opens the node's Credential dropdown and reads its options: [credential name, type name]. */
export async function credentialOptions(page: Page): Promise<Array<[string, string]>> {
	await page.click('[data-test-id="node-credentials-select"]');
	await pause(500);
	const texts = await page.$$eval('[role="option"], .el-select-dropdown__item', (elements) =>
		elements
			.filter((e) => (e as unknown as { offsetParent: unknown }).offsetParent !== null)
			.map((e) => (e as unknown as { innerText: string }).innerText.trim()),
	);
	return texts
		.filter((text) => text.includes('\n'))
		.map((text) => text.split('\n').map((part) => part.trim()) as [string, string]);
}

/** Picks a credential by name from the open Credential dropdown (an option reads "name\ntype"). */
export async function pickCredential(page: Page, name: string) {
	await clickText(
		page,
		'[role="option"], .el-select-dropdown__item',
		new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`),
	);
}

/** Imports a workflow file through the editor's own file input (the "Import from File" menu). */
export async function importWorkflowFile(page: Page, file: string) {
	const input = await page.waitForSelector('[data-test-id="workflow-import-input"]');
	await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
}

/** The ID of the workflow the editor shows, once it has been saved. */
export async function savedWorkflowId(page: Page): Promise<string> {
	const deadline = Date.now() + 15_000;
	for (;;) {
		const id = /\/workflow\/([A-Za-z0-9]+)(?:[/?#]|$)/.exec(page.url())?.[1];
		if (id && id !== 'new') return id;
		if (Date.now() > deadline) throw new Error(`The workflow was not saved: ${page.url()}`);
		await pause(250);
	}
}

/** Replaces the text of a form field (by its parameter name) as a person types it. */
export async function fillField(page: Page, parameter: string, text: string) {
	const selector = `[data-test-id="parameter-input-${parameter}"] input, [data-test-id="parameter-input-${parameter}"] textarea`;
	const input = await page.waitForSelector(selector, { visible: true });
	await input!.click();
	await page.keyboard.down('Control');
	await page.keyboard.press('a');
	await page.keyboard.up('Control');
	await page.keyboard.press('Backspace');
	// n8n re-renders a field as it is typed into: a key at a time, or characters are lost.
	await page.keyboard.type(text, { delay: 15 });
	await pause(300);
	const value = await page.$eval(selector, (e) => (e as unknown as { value: string }).value);
	if (value !== text && !/^•+$/.test(value))
		throw new Error(`${parameter} reads "${value}" after typing "${text}"`);
}
