/**
 * The LiveChat Trigger's duplicate memory (RecentKeys) at capacity: the heap it holds and the
 * time one delivery's check takes. Run with `node --expose-gc` (throughput.js starts it so, on
 * the Node that runs n8n 2.x): heap figures need a collection before each reading.
 */
import { randomUUID } from 'crypto';

import { LONG_RETRY_WINDOW_MS, RecentKeys } from '../../nodes/LiveChat/trigger/dedupe';

const gc = (globalThis as { gc?: () => void }).gc;

/** Two full collections: the first can leave finalizer-held garbage for the second. */
function heapAfterGc() {
	gc!();
	gc!();
	return process.memoryUsage().heapUsed;
}

/** A LiveChat-like id, 10 upper-case letters and digits; distinct seeds give distinct ids. */
const liveChatId = (seed: number) =>
	(1_900_000_000_000_000 + seed * 7_919).toString(36).toUpperCase().padStart(10, '0');

/**
 * What emitOnce remembers for an incoming_event: listener (workflow, node, mode), then the
 * delivery key (action, chat, thread, event). A chat has a few threads, a thread a few events.
 */
function keyMaker() {
	const workflowId = 'Xq3mTb7LpW2aZk9N';
	const nodeId = randomUUID();
	return (i: number) => {
		const chat = liveChatId(Math.floor(i / 40));
		const thread = liveChatId(1_000_003 + Math.floor(i / 8));
		return `${workflowId}:${nodeId}:webhook:incoming_event:${chat}:${thread}:${thread}_${i % 8}`;
	};
}

/** Nanoseconds per call of `fn` over `count` calls. */
function nsPerCall(count: number, fn: (i: number) => void) {
	const started = process.hrtime.bigint();
	for (let i = 0; i < count; i++) fn(i);
	return Number(process.hrtime.bigint() - started) / count;
}

export function measureDedupeMemory(capacity = 100_000) {
	if (!gc) throw new Error('run with node --expose-gc');
	const key = keyMaker();
	const now = Date.now();

	const before = heapAfterGc();
	const memory = new RecentKeys(capacity);
	// Filling: each call is a new key, so each one hashes, misses and inserts.
	const fillNs = nsPerCall(capacity, (i) =>
		memory.checkAndRemember(key(i), LONG_RETRY_WINDOW_MS, now),
	);
	const after = heapAfterGc();
	const held = after - before;
	const size = memory.size;

	// At capacity a new key also forgets the oldest one.
	const extra = capacity;
	const evictNs = nsPerCall(extra, (i) =>
		memory.checkAndRemember(key(capacity + i), LONG_RETRY_WINDOW_MS, now + 1000),
	);
	// A retry: the key was seen lately (the most recent half, still held).
	const repeatNs = nsPerCall(extra, (i) =>
		memory.checkAndRemember(
			key(capacity + extra / 2 + (i % (extra / 2))),
			LONG_RETRY_WINDOW_MS,
			now + 2000,
		),
	);
	// The bare cost of building a key string, which the figures above include.
	let built = '';
	const keyNs = nsPerCall(extra, (i) => (built = key(i)));

	return {
		node: process.version,
		capacity,
		keysHeld: size,
		heldBytes: held,
		bytesPerKey: held / size,
		exampleKey: built && key(0),
		fillNs,
		evictNs,
		repeatNs,
		keyNs,
	};
}

export function printDedupeMemory(result: ReturnType<typeof measureDedupeMemory>) {
	const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
	const us = (ns: number) => `${(ns / 1000).toFixed(2)} µs`;
	console.log(`Duplicate memory (RecentKeys) at capacity, Node ${result.node}`);
	console.log(`  keys held            ${result.keysHeld.toLocaleString('en')}`);
	console.log(`  heap held            ${mb(result.heldBytes)}`);
	console.log(`  bytes per key        ${result.bytesPerKey.toFixed(1)}`);
	console.log(`  key example          ${result.exampleKey} (${result.exampleKey.length} chars)`);
	console.log(`  checkAndRemember     new key ${us(result.fillNs)}, new key at capacity`);
	console.log(
		`                       (forgets the oldest) ${us(result.evictNs)}, repeated key ${us(result.repeatNs)}`,
	);
	console.log(`                       (each includes building the key: ${us(result.keyNs)})`);
}

if (require.main === module) {
	printDedupeMemory(measureDedupeMemory());
}
