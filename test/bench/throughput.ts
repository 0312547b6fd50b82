/**
 * `npm run bench`: deliveries per second the LiveChat Trigger takes in a real n8n 2.40.7, side by
 * side with n8n's Webhook node, a hand-built Webhook → Code equivalent and a trigger that does
 * nothing, under n8n's defaults and with lazy isolate acquisition. Prints figures and whether
 * the targets are met; it is a measurement, not a test, so it exits 0 either way.
 *
 * Knobs (environment): BENCH_ROUNDS, BENCH_SECONDS (per workflow and round), BENCH_WARMUP_SECONDS,
 * BENCH_CONNECTIONS.
 */
import autocannon from 'autocannon';
import { execFileSync, spawnSync } from 'child_process';
import { randomBytes } from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';

import { LiveChatSimulator } from '../simulator/server';
import { SimulatorClient } from '../simulator/client';
import { ADMIN, ADMIN_PAT, APP_CLIENT_ID } from '../simulator/state';
import { saveCredential, simulatorCredentialsOverwrite } from '../e2e/support/livechat';
import { installation, N8n } from '../e2e/support/n8n';
import { packPackage, ROOT } from '../e2e/support/package';
import { sleep } from '../e2e/support/ports';
import type { Contender, ContenderKey } from './workflows';
import { createContenders, ID_PLACEHOLDER } from './workflows';

const N8N_VERSION = '2.40.7';
const number = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const ROUNDS = number('BENCH_ROUNDS', 5);
const SECONDS = number('BENCH_SECONDS', 4);
const WARMUP_SECONDS = number('BENCH_WARMUP_SECONDS', 2);
const CONNECTIONS = number('BENCH_CONNECTIONS', 8);

interface Configuration {
	name: string;
	env: Record<string, string>;
}

const CONFIGURATIONS: Configuration[] = [
	// Spelled out (it is n8n's default) so a value in the caller's environment cannot leak in.
	{ name: "n8n's defaults", env: { N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: 'false' } },
	{
		name: 'lazy isolate acquisition (N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE=true)',
		env: { N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: 'true' },
	},
];

interface Round {
	perSecond: number;
	p50: number;
	p99: number;
}

interface Tally {
	contender: Contender;
	rounds: Round[];
	/** 2xx answers, warm-up and probe included: each should be one recorded execution. */
	acknowledged: number;
	non2xx: number;
	/**
	 * Sent but never answered: cut off when a round's time was up (autocannon drops requests in
	 * flight, up to one per connection; n8n may still run them), or failed connections.
	 */
	unanswered: number;
	/** How long n8n still ran executions after each of the workflow's rounds ended. */
	drainMs: number[];
	recorded?: number;
	failed?: number;
}

interface ConfigurationResult {
	configuration: Configuration;
	tallies: Map<ContenderKey, Tally>;
	logFile: string;
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Sends the contender's delivery from `connections` keep-alive connections for `seconds`, each
 * request with its own event id. (autocannon's idReplacement assumes ids of a fixed length and
 * sends a wrong Content-Length, hence setupRequest.)
 */
async function hammer(contender: Contender, seconds: number) {
	const [head, tail] = contender.body.split(ID_PLACEHOLDER);
	const tag = randomBytes(4).toString('hex');
	let count = 0;
	const result = await autocannon({
		url: contender.url,
		connections: CONNECTIONS,
		duration: seconds,
		requests: [
			{
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				setupRequest: (request) => ({
					...request,
					body: `${head}${tag}${(count++).toString(36)}${tail}`,
				}),
			},
		],
	});
	return result;
}

const executionsFilter = (filter: Record<string, unknown>) =>
	`/rest/executions?limit=1&filter=${encodeURIComponent(JSON.stringify(filter))}`;

async function executionCount(n8n: N8n, filter: Record<string, unknown>) {
	return (await n8n.rest<{ count: number }>('GET', executionsFilter(filter))).count;
}

const unfinished = (n8n: N8n) => executionCount(n8n, { status: ['new', 'running'] });

/**
 * Waits until n8n runs no execution (twice in a row: the last answers' executions may not be
 * stored yet), so one workflow's backlog does not slow the next one's round. Returns the wait.
 */
async function drain(n8n: N8n, limitMs = 60_000) {
	const started = Date.now();
	let idle = 0;
	while (idle < 2 && Date.now() - started < limitMs) {
		idle = (await unfinished(n8n)) === 0 ? idle + 1 : 0;
		if (idle < 2) await sleep(100);
	}
	return Date.now() - started;
}

async function load(n8n: N8n, tally: Tally, seconds: number, measured: boolean) {
	const result = await hammer(tally.contender, seconds);
	tally.acknowledged += result['2xx'];
	tally.non2xx += result.non2xx;
	tally.unanswered += result.requests.sent - result['2xx'] - result.non2xx;
	const drainMs = await drain(n8n);
	if (measured) {
		tally.rounds.push({
			perSecond: result['2xx'] / result.duration,
			p50: result.latency.p50,
			p99: result.latency.p99,
		});
		tally.drainMs.push(drainMs);
	}
}

/** Packs test/bench/bareTrigger and installs it next to the LiveChat package, as users would. */
function installBareTrigger(userFolder: string) {
	const source = path.join(ROOT, 'test', 'bench', 'bareTrigger');
	const destination = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-bench-bare-'));
	const packed = execFileSync('npm', ['pack', '--json', '--pack-destination', destination], {
		cwd: source,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const [{ filename }] = JSON.parse(packed) as Array<{ filename: string }>;
	// Into the same folder without rewriting its package.json: npm would drop the LiveChat package.
	execFileSync(
		'npm',
		[
			'install',
			'--no-audit',
			'--no-fund',
			// As installPackage: the LiveChat package's n8n-workflow peer is n8n's own.
			'--legacy-peer-deps',
			'--loglevel=error',
			path.join(destination, filename),
		],
		{ cwd: path.join(userFolder, '.n8n', 'nodes'), stdio: 'pipe' },
	);
	fs.rmSync(destination, { recursive: true, force: true });
}

async function benchConfiguration(
	configuration: Configuration,
	tarball: string,
	simulatorUrl: string,
): Promise<ConfigurationResult> {
	console.log(`\n== ${configuration.name}`);
	const n8n = new N8n({
		version: N8N_VERSION,
		tarball,
		credentialsOverwrite: simulatorCredentialsOverwrite(simulatorUrl),
		env: {
			// Not below info: N8n waits for the info line that says the editor is up.
			N8N_LOG_LEVEL: 'info',
			// Pruning would delete executions before they are counted.
			EXECUTIONS_DATA_PRUNE: 'false',
			...configuration.env,
		},
	});
	installBareTrigger(n8n.userFolder);
	const logFile = path.join(n8n.userFolder, 'n8n-bench.log');
	try {
		await n8n.start();
		await n8n.setUp();
		const pat = await saveCredential(n8n, 'liveChatApi', 'LiveChat token', {
			accountId: ADMIN.accountId,
			accessToken: ADMIN_PAT,
			clientId: APP_CLIENT_ID,
		});
		const contenders = await createContenders(n8n, new SimulatorClient(simulatorUrl), pat);
		const tallies = new Map<ContenderKey, Tally>(
			contenders.map((contender) => [
				contender.key,
				// One probe delivery each, acknowledged when the workflow was found answering.
				{ contender, rounds: [], acknowledged: 1, non2xx: 0, unanswered: 0, drainMs: [] },
			]),
		);
		console.log(`warm-up: ${WARMUP_SECONDS} s each`);
		for (const contender of contenders) {
			await load(n8n, tallies.get(contender.key)!, WARMUP_SECONDS, false);
		}
		for (let round = 0; round < ROUNDS; round++) {
			// Rotated: each workflow runs first, second, … in turn, so drift hits all alike.
			const shift = round % contenders.length;
			const rotated = [...contenders.slice(shift), ...contenders.slice(0, shift)];
			for (const contender of rotated) {
				await load(n8n, tallies.get(contender.key)!, SECONDS, true);
			}
			const figures = rotated.map((contender) => {
				const last = tallies.get(contender.key)!.rounds.at(-1)!;
				return `${contender.label} ${last.perSecond.toFixed(0)}`;
			});
			console.log(`round ${round + 1}/${ROUNDS}: ${figures.join(', ')} req/s`);
		}
		await settle(n8n);
		for (const tally of tallies.values()) {
			const workflowId = tally.contender.workflowId;
			tally.recorded = await executionCount(n8n, { workflowId, status: ['success'] });
			tally.failed = await executionCount(n8n, {
				workflowId,
				status: ['error', 'crashed', 'canceled'],
			});
		}
		return { configuration, tallies, logFile };
	} finally {
		await n8n.stop();
		fs.writeFileSync(logFile, n8n.logs);
	}
}

/** Waits until nothing runs and the stored count stands still. */
async function settle(n8n: N8n) {
	let previous = -1;
	for (let attempt = 0; attempt < 120; attempt++) {
		const total = await executionCount(n8n, {
			status: ['success', 'error', 'crashed', 'canceled'],
		});
		if (total === previous && (await unfinished(n8n)) === 0) return;
		previous = total;
		await sleep(500);
	}
}

function pad(text: string, width: number, left = false) {
	return left ? text.padEnd(width) : text.padStart(width);
}

const thousands = (value: number) => value.toLocaleString('en');

const perSecondOf = (tally: Tally) => median(tally.rounds.map((round) => round.perSecond));

function printConfiguration(result: ConfigurationResult) {
	console.log(`\n${result.configuration.name}`);
	const header = [
		pad('workflow', 22, true),
		pad('req/s', 7),
		pad('min–max', 11),
		pad('p50 ms', 7),
		pad('p99 ms', 7),
		pad('non-2xx', 8),
		pad('drain s', 8),
		pad('acknowledged', 13),
		pad('unanswered', 11),
		pad('recorded', 9),
	];
	console.log(header.join(' '));
	for (const tally of result.tallies.values()) {
		const rates = tally.rounds.map((round) => round.perSecond);
		const recorded = tally.recorded ?? 0;
		const row = [
			pad(tally.contender.label, 22, true),
			pad(perSecondOf(tally).toFixed(1), 7),
			pad(`${Math.min(...rates).toFixed(0)}–${Math.max(...rates).toFixed(0)}`, 11),
			pad(median(tally.rounds.map((round) => round.p50)).toFixed(0), 7),
			pad(median(tally.rounds.map((round) => round.p99)).toFixed(0), 7),
			pad(thousands(tally.non2xx), 8),
			pad((median(tally.drainMs) / 1000).toFixed(1), 8),
			pad(thousands(tally.acknowledged), 13),
			pad(thousands(tally.unanswered), 11),
			pad(thousands(recorded), 9),
		];
		console.log(row.join(' '));
		if (tally.failed) console.log(`  ${tally.failed} executions failed (see ${result.logFile})`);
		// Every acknowledged delivery must have run; an unanswered one may have.
		if (recorded < tally.acknowledged) {
			console.log(`  ${tally.acknowledged - recorded} acknowledged deliveries were not recorded`);
		}
		if (recorded > tally.acknowledged + tally.unanswered) {
			console.log(`  ${recorded - tally.acknowledged - tally.unanswered} more recorded than sent`);
		}
	}
}

function ratio(result: ConfigurationResult, over: ContenderKey, under: ContenderKey) {
	return perSecondOf(result.tallies.get(over)!) / perSecondOf(result.tallies.get(under)!);
}

function printRatios(result: ConfigurationResult) {
	const lines: Array<[string, ContenderKey, ContenderKey]> = [
		['LiveChat 1.1 / Webhook node', 'liveChat11', 'webhook'],
		['LiveChat 1.1 / Webhook → Code', 'liveChat11', 'webhookCode'],
		['LiveChat 1.1 / Bare Trigger', 'liveChat11', 'bare'],
		['LiveChat 1 / Webhook node', 'liveChat1', 'webhook'],
	];
	for (const [label, over, under] of lines) {
		console.log(`  ${pad(label, 31, true)} ${ratio(result, over, under).toFixed(2)}×`);
	}
}

const verdict = (met: boolean) => (met ? 'MET' : 'NOT MET');

function printTargets(defaults: ConfigurationResult, lazy: ConfigurationResult) {
	const targets: Array<[string, number, boolean]> = [
		[
			'lazy: LiveChat 1.1 ≥ 0.95× Webhook node',
			ratio(lazy, 'liveChat11', 'webhook'),
			ratio(lazy, 'liveChat11', 'webhook') >= 0.95,
		],
		[
			'lazy: LiveChat 1.1 faster than Webhook → Code',
			ratio(lazy, 'liveChat11', 'webhookCode'),
			ratio(lazy, 'liveChat11', 'webhookCode') > 1,
		],
		[
			'defaults: LiveChat 1.1 ≥ 0.95× Bare Trigger',
			ratio(defaults, 'liveChat11', 'bare'),
			ratio(defaults, 'liveChat11', 'bare') >= 0.95,
		],
	];
	console.log('\nTargets');
	for (const [label, value, met] of targets) {
		console.log(`  ${pad(label, 46, true)} ${value.toFixed(2)}×  ${verdict(met)}`);
	}
}

function nodeVersionOf(bin: string) {
	return execFileSync(path.join(bin, 'node'), ['--version'], { encoding: 'utf8' }).trim();
}

/** RecentKeys at capacity, in a process of its own (--expose-gc) on the Node that runs n8n. */
function runDedupeMemory(nodeBin: string) {
	const script = path.join(__dirname, 'dedupeMemory.js');
	const child = spawnSync(path.join(nodeBin, 'node'), ['--expose-gc', script], {
		stdio: 'inherit',
	});
	if (child.status !== 0) console.log(`dedupeMemory.js exited with ${child.status}`);
}

async function main() {
	const started = Date.now();
	const install = installation(N8N_VERSION);
	const cpus = os.cpus();
	console.log('LiveChat Trigger throughput bench');
	console.log(
		`  n8n ${N8N_VERSION} on Node ${nodeVersionOf(install.nodeBin)} (SQLite, regular mode)`,
	);
	console.log(`  bench and load generator (autocannon) on Node ${process.version}`);
	console.log(`  CPUs: ${cpus.length} × ${cpus[0]?.model ?? 'unknown'}`);
	console.log(
		`  ${CONNECTIONS} connections, ${ROUNDS} rounds × ${SECONDS} s per workflow (order rotated), ` +
			`${WARMUP_SECONDS} s warm-up each`,
	);
	console.log('');
	runDedupeMemory(install.nodeBin);

	const tarball = packPackage();
	const simulator = new LiveChatSimulator();
	const simulatorUrl = await simulator.start();
	const results: ConfigurationResult[] = [];
	try {
		for (const configuration of CONFIGURATIONS) {
			// A stopped n8n leaves its registrations (LiveChat allows 3 per event and app).
			simulator.reset();
			results.push(await benchConfiguration(configuration, tarball, simulatorUrl));
		}
	} finally {
		await simulator.stop();
	}

	console.log(
		'\nResults. req/s: 2xx answers per second, median of rounds; latencies: median of the',
	);
	console.log("rounds' percentiles; drain: median wait after a round until n8n ran no execution;");
	console.log(
		'unanswered: in flight when a round ended (n8n may have run them), or failed; recorded:',
	);
	console.log(
		'successful executions stored, which must lie between acknowledged and that plus unanswered.',
	);
	for (const result of results) {
		printConfiguration(result);
		printRatios(result);
	}
	printTargets(results[0], results[1]);
	console.log(`\nn8n logs: ${results.map((result) => result.logFile).join(', ')}`);
	console.log(`Took ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().then(
	() => process.exit(0),
	(error) => {
		console.error(error);
		process.exit(1);
	},
);
