/**
 * The LiveChat Trigger under bad input, load and faults, in one n8n: thousands of bodies that are
 * not LiveChat deliveries run nothing and break nothing; a thousand real deliveries run a thousand
 * times, also when LiveChat retries deliveries whose 200 it never got; a restart of n8n in the
 * middle of a burst loses no delivery and runs none twice.
 */
import { DEFAULT_DELIVERY, type Delivery } from '../../simulator/delivery';
import { ACTIONS } from '../../simulator/webhookEvents';
import type { useN8nWithSimulator } from '../support/n8nWithSimulator';
import {
	activate,
	createTriggerWorkflow,
	deactivate,
	registrationsOf,
	type TriggerWorkflow,
} from '../support/livechat';
import {
	attemptPatterns,
	countAllExecutions,
	emitDistinct,
	emitSpread,
	formatTally,
	incomingEventKey,
	keyedExecutions,
	ofWorkflow,
	postConcurrently,
	type RawAnswer,
	type RawRequest,
	secondsSince,
	tally,
	waitForCount,
} from '../support/load';

export type RobustnessContext = ReturnType<typeof useN8nWithSimulator>;

/** n8n's default N8N_PAYLOAD_SIZE_MAX, 16 MiB. */
const BODY_LIMIT = 16 * 1024 * 1024;

/**
 * n8n 2.40.7 answers a body over N8N_PAYLOAD_SIZE_MAX with 500 "There was a problem executing the
 * workflow" instead of 413, its own Webhook node too: its body parsing fails before a node runs.
 */
const OVER_LIMIT = {
	category: 'huge body, over the limit',
	text: 'There was a problem executing the workflow',
};
const refusedByN8n = ({ category, outcome, text }: RawAnswer) =>
	category === OVER_LIMIT.category &&
	(outcome === 413 || (outcome === 500 && Boolean(text?.includes(OVER_LIMIT.text))));

/** Marsaglia's xorshift32: the same seed gives the same corpus on every run. */
export function seededRandom(seed: number) {
	let state = seed >>> 0 || 1;
	return () => {
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		state >>>= 0;
		return state / 2 ** 32;
	};
}

type Random = ReturnType<typeof seededRandom>;

const integer = (random: Random, min: number, max: number) =>
	min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, list: readonly T[]) => list[integer(random, 0, list.length - 1)];
const HEX = '0123456789abcdef';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const ODD = ['ą', 'ß', '日本', '🙂', '\u0000', '\u202e', '\u200b', '\\', '"', '\n', ' ', '\ufeff'];
const text = (random: Random, length: number, alphabet = ALNUM) =>
	Array.from({ length }, () => alphabet[integer(random, 0, alphabet.length - 1)]).join('');
const oddText = (random: Random, length: number) =>
	Array.from({ length }, () => (random() < 0.3 ? pick(random, ODD) : text(random, 1))).join('');

/** What the corpus is made from: the registration's secret and a real delivery's envelope. */
export interface FuzzMaterial {
	secret: string;
	template: Record<string, unknown>;
	registered: string[];
}

/**
 * Categories of bodies that must not run the workflow. `trigger`: the body reaches the trigger as
 * a JSON object, which must answer 401 itself; the others may be refused by n8n first (400, 413,
 * 422 ...). No body pairs the right secret with a registered action in a parsed JSON object.
 */
interface Category {
	name: string;
	count: number;
	trigger: boolean;
	make: (random: Random, index: number, material: FuzzMaterial) => Omit<RawRequest, 'category'>;
}

const json = (body: unknown): Omit<RawRequest, 'category'> => ({
	body: JSON.stringify(body),
	contentType: 'application/json',
});

/** A new incoming_event envelope (never delivered before, so never a duplicate), with changes. */
function envelope(material: FuzzMaterial, index: number, changes: Record<string, unknown> = {}) {
	const payload = material.template.payload as Record<string, unknown>;
	const event = payload.event as Record<string, unknown>;
	return {
		...material.template,
		payload: { ...payload, event: { ...event, id: `FUZZ_${index}`, text: `fuzz ${index}` } },
		...changes,
	};
}

const registeredAction = (random: Random, material: FuzzMaterial) =>
	pick(random, material.registered);

/** Nested `depth` deep: arrays or objects around `inner`, as JSON text built without recursion. */
function nested(depth: number, inner: string, kind: 'array' | 'object') {
	const [open, close] = kind === 'array' ? ['[', ']'] : ['{"a":', '}'];
	return open.repeat(depth) + inner + close.repeat(depth);
}

/** Invalid UTF-8 sequences: stray bytes, overlong forms, encoded surrogates, cut sequences. */
const INVALID_UTF8 = [
	[0xff],
	[0xfe],
	[0xc0, 0x80],
	[0x80],
	[0xe2, 0x82],
	[0xed, 0xa0, 0x80],
	[0xf8],
];

function withBytes(random: Random, textBody: string, at: number) {
	const bytes = Buffer.from(pick(random, INVALID_UTF8));
	const encoded = Buffer.from(textBody);
	const cut = Buffer.byteLength(textBody.slice(0, at));
	return Buffer.concat([encoded.subarray(0, cut), bytes, encoded.subarray(cut)]);
}

/** A delivery with a wrong secret, `offset` bytes longer than n8n's body limit (negative: shorter). */
function hugeBody(material: FuzzMaterial, index: number, offset: number) {
	const base = JSON.stringify(envelope(material, index, { secret_key: 'x', filler: '' }));
	const filler = 'f'.repeat(BODY_LIMIT + offset - Buffer.byteLength(base));
	return json(envelope(material, index, { secret_key: 'x', filler }));
}

export const FUZZ_CATEGORIES: Category[] = [
	{
		name: 'wrong secret',
		count: 1000,
		trigger: true,
		make: (random, index, material) => {
			const template = material.template;
			const secret = pick(random, [
				text(random, integer(random, 1, 200)),
				oddText(random, integer(random, 1, 40)),
				[...material.secret].reverse().join(''),
				String(template.webhook_id),
				String(template.organization_id),
				pick(random, ['null', 'undefined', 'true', '0', ' ', 'secret_key', '*', '%s']),
			]);
			const action = registeredAction(random, material);
			return json(envelope(material, index, { secret_key: secret, action }));
		},
	},
	{
		name: 'missing secret',
		count: 500,
		trigger: true,
		// The right secret where the trigger must not look for it, or no secret at all.
		make: (random, index, material) => {
			const key = pick(random, ['secretKey', 'SECRET_KEY', 'secret', 'secret_key ', 'Secret_Key']);
			const body: Record<string, unknown> = envelope(material, index, {
				secret_key: pick(random, [undefined, '']),
			});
			const where = integer(random, 0, 3);
			if (where === 1) body[key] = material.secret;
			if (where === 2) (body.payload as Record<string, unknown>).secret_key = material.secret;
			if (where === 3) body.additional_data = { secret_key: material.secret };
			return json(body);
		},
	},
	{
		name: 'partial secret',
		count: 900,
		trigger: true,
		make: (random, index, material) => {
			const secret = material.secret;
			const at = integer(random, 0, secret.length - 1);
			const partial = pick(random, [
				secret.slice(0, at),
				secret.slice(at + 1),
				secret.slice(integer(random, 1, 20), integer(random, 30, 63)),
				secret + text(random, integer(random, 1, 10)),
				` ${secret}`,
				`${secret}\n`,
				secret.toUpperCase(),
				`${secret}\u0000`,
				`${secret.slice(0, at)}\u200b${secret.slice(at)}`,
			]);
			return json(envelope(material, index, { secret_key: partial }));
		},
	},
	{
		name: 'secret of wrong type',
		count: 700,
		trigger: true,
		make: (random, index, material) => {
			const secret = material.secret;
			const value = pick<unknown>(random, [
				integer(random, -1e9, 1e9),
				random() * 1e300,
				0,
				true,
				false,
				null,
				[secret],
				[],
				[secret, secret],
				{ secret },
				{},
				{ '0': secret },
				{ toString: secret },
				[[secret]],
				{ length: 64 },
			]);
			return json(envelope(material, index, { secret_key: value }));
		},
	},
	{
		name: 'right length, wrong secret',
		count: 900,
		trigger: true,
		make: (random, index, material) => {
			const secret = material.secret;
			const at = integer(random, 0, secret.length - 1);
			const other = HEX.replace(secret[at], '')[integer(random, 0, 14)];
			const value = pick(random, [
				text(random, secret.length, HEX),
				`${secret.slice(0, at)}${other}${secret.slice(at + 1)}`,
				text(random, secret.length),
				'0'.repeat(secret.length),
			]);
			return json(envelope(material, index, { secret_key: value }));
		},
	},
	{
		// With the registration's webhook id an action LiveChat spells otherwise is the chosen
		// event's (auto_access_added): another webhook id makes it no delivery of this workflow.
		name: 'unknown action (right secret, another webhook id)',
		count: 600,
		trigger: true,
		make: (random, index, material) => {
			const action = pick(random, [
				`${text(random, integer(random, 3, 10), 'abcdefghij')}_${text(random, 5, 'klmnop')}`,
				'INCOMING_EVENT',
				'incoming_event ',
				' incoming_event',
				'incoming-event',
				'incoming_events',
				'Incoming_Event',
				'incoming_event\u0000',
				'__proto__',
				'constructor',
				'toString',
				'hasOwnProperty',
				'valueOf',
				oddText(random, integer(random, 1, 20)),
			]);
			const webhookId = text(random, 32, '0123456789abcdef');
			return json(
				envelope(material, index, { secret_key: material.secret, action, webhook_id: webhookId }),
			);
		},
	},
	{
		name: 'unregistered action (right secret)',
		count: 600,
		trigger: true,
		make: (random, index, material) => {
			const others = ACTIONS.map((info) => info.action).filter(
				(action) => !material.registered.includes(action),
			);
			const action = pick(random, others);
			return json(envelope(material, index, { secret_key: material.secret, action }));
		},
	},
	{
		name: 'missing action (right secret)',
		count: 400,
		trigger: true,
		make: (random, index, material) => {
			const body: Record<string, unknown> = envelope(material, index, {
				secret_key: material.secret,
				action: pick(random, [undefined, '']),
			});
			const key = pick(random, ['Action', 'event', 'type', 'action ', 'actions']);
			if (random() < 0.5) body[key] = 'incoming_event';
			return json(body);
		},
	},
	{
		name: 'action of wrong type (right secret)',
		count: 400,
		trigger: true,
		make: (random, index, material) => {
			const action = pick<unknown>(random, [
				integer(random, -10, 1000),
				true,
				null,
				['incoming_event'],
				['incoming_event', 'thread_tagged'],
				{ name: 'incoming_event' },
				{ incoming_event: true },
				{ toString: 'incoming_event' },
			]);
			return json(envelope(material, index, { secret_key: material.secret, action }));
		},
	},
	{
		// Refused before the payload is read, whatever it is.
		name: 'payload of wrong type',
		count: 300,
		trigger: true,
		make: (random, index, material) => {
			const payload = pick<unknown>(random, [
				null,
				integer(random, -1e6, 1e6),
				oddText(random, 20),
				[],
				[{ chat_id: 1 }],
				true,
				{ chat_id: null, thread_id: [], event: 'x' },
				{ chat: 5 },
			]);
			const secret = pick(random, [text(random, 64, HEX), undefined]);
			return json({ ...material.template, secret_key: secret, payload });
		},
	},
	{
		name: 'envelope of wrong type (right secret inside)',
		count: 300,
		trigger: true,
		make: (random, index, material) => {
			const real = envelope(material, index, { secret_key: material.secret });
			return json(
				pick<unknown>(random, [
					[real],
					[real, real],
					{ delivery: real },
					{ body: real },
					{ data: real },
					{ '0': real },
					{ payload: real },
				]),
			);
		},
	},
	{
		name: 'JSON text of a delivery as a JSON string',
		count: 100,
		trigger: false,
		make: (random, index, material) =>
			json(JSON.stringify(envelope(material, index, { secret_key: material.secret }))),
	},
	{
		name: 'huge body, under the limit',
		count: 4,
		trigger: true,
		make: (random, index, material) => hugeBody(material, index, -integer(random, 100, 100_000)),
	},
	{
		// n8n refuses these before any node sees them (see OVER_LIMIT).
		name: 'huge body, over the limit',
		count: 4,
		trigger: false,
		make: (random, index, material) => hugeBody(material, index, integer(random, 100, 100_000)),
	},
	{
		name: 'deeply nested JSON',
		count: 200,
		trigger: false,
		make: (random, index, material) => {
			const depth = pick(random, [10, 100, 1000, 5000, 10_000, 50_000, 100_000]);
			const kind = pick(random, ['array', 'object'] as const);
			const secret = JSON.stringify(material.secret);
			const real = JSON.stringify(envelope(material, index, { secret_key: material.secret }));
			const where = integer(random, 0, 2);
			if (where === 0)
				return { body: nested(depth, secret, kind), contentType: 'application/json' };
			if (where === 1) return { body: nested(depth, real, kind), contentType: 'application/json' };
			// A real envelope whose secret is the right one, deep down an array.
			const body = JSON.stringify(envelope(material, index, { secret_key: '@' }));
			return {
				body: body.replace('"@"', nested(depth, secret, 'array')),
				contentType: 'application/json',
			};
		},
	},
	{
		name: 'invalid UTF-8',
		count: 600,
		trigger: false,
		make: (random, index, material) => {
			const where = integer(random, 0, 2);
			if (where === 0) {
				// Inside the right secret: what arrives is another string.
				const body = JSON.stringify(envelope(material, index, { secret_key: material.secret }));
				const at = body.indexOf(material.secret) + integer(random, 0, material.secret.length);
				return { body: withBytes(random, body, at), contentType: 'application/json' };
			}
			const body = JSON.stringify(envelope(material, index, { secret_key: text(random, 64, HEX) }));
			// In a string (then valid JSON), or anywhere (then mostly not).
			const at = where === 1 ? body.indexOf('fuzz ') : integer(random, 0, body.length);
			return { body: withBytes(random, body, at), contentType: 'application/json' };
		},
	},
	{
		name: 'not JSON, sent as JSON',
		count: 600,
		trigger: false,
		make: (random, index, material) => {
			const real = JSON.stringify(envelope(material, index, { secret_key: material.secret }));
			const body = pick(random, [
				// A cut JSON object is never a whole one.
				real.slice(0, integer(random, 1, real.length - 1)),
				real.replace(/"/g, "'"),
				real.replace(/}$/, ',}'),
				`// LiveChat\n${real}`,
				`${real}${real}`,
				`callback(${real})`,
				'NaN',
				'undefined',
				'{',
				'<xml><secret_key>x</secret_key></xml>',
				`secret_key=${material.secret}&action=incoming_event`,
				oddText(random, integer(random, 1, 200)),
			]);
			return { body, contentType: 'application/json' };
		},
	},
	{
		name: 'other content type (right secret)',
		count: 1000,
		trigger: false,
		// A real delivery's JSON, but not typed as JSON: n8n does not parse it as an object.
		make: (random, index, material) => ({
			body: JSON.stringify(envelope(material, index, { secret_key: material.secret })),
			contentType: pick(random, [
				'text/plain',
				'text/plain; charset=utf-8',
				'application/x-www-form-urlencoded',
				'application/octet-stream',
				null,
			]),
		}),
	},
	{
		name: 'empty body',
		count: 300,
		trigger: false,
		make: (random) => ({
			body: pick(random, ['', '', ' ', '\n', '\r\n\t ']),
			contentType: pick(random, [
				'application/json',
				'text/plain',
				'application/x-www-form-urlencoded',
				null,
			]),
		}),
	},
	{
		name: 'JSON that is no object',
		count: 592,
		trigger: false,
		make: (random, _index, material) =>
			json(
				pick<unknown>(random, [
					[],
					[1, 2, 3],
					'',
					oddText(random, 20),
					material.secret,
					[material.secret],
					integer(random, -1e9, 1e9),
					0,
					null,
					true,
					false,
					{},
				]),
			),
	},
];

/** Which category each index of the corpus belongs to, shuffled the same way on every run. */
export function fuzzPlan(seed: number) {
	const random = seededRandom(seed);
	const plan = FUZZ_CATEGORIES.flatMap((category) =>
		Array.from({ length: category.count }, () => category),
	);
	for (let i = plan.length - 1; i > 0; i--) {
		const j = integer(random, 0, i);
		[plan[i], plan[j]] = [plan[j], plan[i]];
	}
	return plan;
}

/**
 * Runs `scenario` with a new workflow of the trigger activated for `events`. Afterwards, also after
 * a failure, the workflow is deactivated and LiveChat's delivery settings are the defaults again,
 * so the next scenario gets none of this one's deliveries.
 */
async function withActiveWorkflow(
	context: RobustnessContext,
	name: string,
	events: string[],
	scenario: (workflow: TriggerWorkflow) => Promise<void>,
) {
	const { n8n, sim, pat } = context;
	const workflow = await createTriggerWorkflow(n8n, name, pat, { events });
	expect(await activate(n8n, sim, workflow)).toHaveLength(events.length);
	const cleanUp = async () => {
		await sim.faults({ delivery: DEFAULT_DELIVERY });
		expect((await deactivate(n8n, workflow)).status).toBe(200);
		expect(await registrationsOf(sim, workflow)).toEqual([]);
	};
	try {
		await scenario(workflow);
	} catch (error) {
		await cleanUp().catch(() => undefined);
		throw error;
	}
	await cleanUp();
}

/**
 * ≥ 10,000 bodies that are not LiveChat deliveries of this workflow, to its production URL: no
 * answer of 500 or more, no broken connection, no execution; then a real delivery runs once.
 */
export async function fuzzScenario(context: RobustnessContext, seed = 20_260_523) {
	const { n8n, sim } = context;
	const registered = ['incoming_event', 'thread_tagged'];
	await withActiveWorkflow(context, 'Fuzzed', registered, async (workflow) => {
		const [real] = await sim.emit({ action: 'incoming_event', text: 'before fuzzing', wait: true });
		expect(real.attempts.map((attempt) => attempt.outcome)).toEqual([200]);
		await waitForCount(n8n, workflow, 1);
		const material: FuzzMaterial = {
			secret: String(real.body.secret_key),
			template: real.body,
			registered,
		};

		const plan = fuzzPlan(seed);
		const random = seededRandom(seed + 1);
		const started = Date.now();
		const answers = await postConcurrently(workflow.url, plan.length, (index) => ({
			...plan[index].make(random, index, material),
			category: plan[index].name,
		}));
		console.log(
			`Fuzz: ${answers.length} bodies (seed ${seed}) in ${secondsSince(started)}\n` +
				formatTally(tally(answers)),
		);

		expect(answers.length).toBeGreaterThanOrEqual(10_000);
		const broken = answers.filter(
			(answer) =>
				(typeof answer.outcome !== 'number' || answer.outcome >= 500) && !refusedByN8n(answer),
		);
		expect(broken).toEqual([]);
		const overLimit = answers.filter((answer) => answer.category === OVER_LIMIT.category);
		expect(overLimit.filter((answer) => !refusedByN8n(answer))).toEqual([]);
		const triggerCategories = new Set(
			FUZZ_CATEGORIES.filter((category) => category.trigger).map((category) => category.name),
		);
		const notRefused = answers.filter(
			({ category, outcome }) => triggerCategories.has(category) && outcome !== 401,
		);
		expect(notRefused).toEqual([]);
		// An accepted body would have had its execution before its answer came.
		expect(await countAllExecutions(n8n, workflow)).toBe(1);

		const [after] = await sim.emit({ action: 'incoming_event', text: 'after fuzzing', wait: true });
		expect(after.attempts.map((attempt) => attempt.outcome)).toEqual([200]);
		expect(await waitForCount(n8n, workflow, 2)).toBe(2);
		const keys = (await keyedExecutions(n8n, workflow)).flatMap((run) => run.deliveryKeys);
		expect(keys.sort()).toEqual([incomingEventKey(real), incomingEventKey(after)].sort());
	});
}

/**
 * Asserts the workflow ran once per delivery, exactly (by the deliveryKey of each execution's
 * item); returns how many executions it has. A delivery run twice is listed with its executions
 * and attempts, one not run at all with its attempts (LiveChat got a 200, or it would be failed).
 */
async function expectOneRunEach(
	context: RobustnessContext,
	workflow: TriggerWorkflow,
	deliveries: Delivery[],
	before: Delivery[] = [],
) {
	const all = [...before, ...deliveries];
	// Each execution exists before its 200; a missing one is reported below, not as a time-out.
	await waitForCount(context.n8n, workflow, all.length).catch(() => undefined);
	const executions = await keyedExecutions(context.n8n, workflow);
	expect(executions.filter((run) => run.status !== 'success')).toEqual([]);
	const runs = new Map<string, string[]>();
	for (const run of executions) {
		for (const key of run.deliveryKeys) runs.set(key, [...(runs.get(key) ?? []), run.id]);
	}
	const sent = new Map(all.map((delivery) => [incomingEventKey(delivery), delivery]));
	const attempts = (key: string) =>
		sent
			.get(key)
			?.attempts.map((attempt) => attempt.outcome)
			.join(' ');
	const twice = [...runs].filter(([, ids]) => ids.length > 1);
	expect(twice.map(([key, ids]) => ({ key, executions: ids, attempts: attempts(key) }))).toEqual(
		[],
	);
	const notRun = [...sent.keys()].filter((key) => !runs.has(key));
	expect(notRun.map((key) => ({ key, attempts: attempts(key) }))).toEqual([]);
	expect([...runs.keys()].filter((key) => !sent.has(key))).toEqual([]);
	expect(executions).toHaveLength(all.length);
	return executions.length;
}

const attemptCount = (deliveries: Delivery[]) =>
	deliveries.reduce((sum, delivery) => sum + delivery.attempts.length, 0);

/**
 * `count` distinct deliveries run the workflow `count` times; then `count` more while LiveChat
 * loses every tenth 200 answer (so retries deliveries the trigger took): again `count` runs.
 */
export async function loadScenario(context: RobustnessContext, count = 1000) {
	const { sim } = context;
	await withActiveWorkflow(context, 'Under load', ['incoming_event'], async (workflow) => {
		// A generous timeout: only lost answers should make LiveChat retry here, not a busy machine.
		await sim.faults({ delivery: { timeoutMs: 30_000, retries: 3, retryIntervalMs: 500 } });
		let started = Date.now();
		const first = ofWorkflow(
			await emitDistinct(sim, count, { action: 'incoming_event', text: 'load' }),
			workflow,
		);
		const firstTook = secondsSince(started);
		expect(first).toHaveLength(count);
		expect(first.filter((delivery) => delivery.state !== 'delivered')).toEqual([]);
		expect(attemptPatterns(first)).toEqual({ '200': count });
		const runs = await expectOneRunEach(context, workflow, first);
		console.log(
			`Load: ${first.length} deliveries, ${attemptCount(first)} attempts ` +
				`${JSON.stringify(attemptPatterns(first))} in ${firstTook}; ${runs} executions`,
		);

		const rate = 0.1;
		await sim.faults({ delivery: { lostAnswerRate: rate } });
		started = Date.now();
		const second = ofWorkflow(
			await emitDistinct(sim, count, { action: 'incoming_event', text: 'lost answers' }),
			workflow,
		);
		const secondTook = secondsSince(started);
		await sim.faults({ delivery: { lostAnswerRate: 0 } });
		expect(second).toHaveLength(count);
		expect(second.filter((delivery) => delivery.state !== 'delivered')).toEqual([]);
		const attempts = second.flatMap((delivery) => delivery.attempts);
		const lost = attempts.filter((attempt) => attempt.outcome !== 200);
		// Every answer was a 200, the retries' too (duplicate ignored); every tenth of them was lost
		// (a tenth rounded either way: the simulator counts on from earlier lost answers).
		expect(
			lost.filter((attempt) => attempt.outcome !== 'timeout' || attempt.lateStatus !== 200),
		).toEqual([]);
		expect(Math.abs(lost.length - attempts.length * rate)).toBeLessThan(1);
		for (const delivery of second) expect(delivery.attempts.at(-1)!.outcome).toBe(200);
		// Some deliveries lost the answer to their retry too: fewer deliveries than lost answers.
		const retried = second.filter((delivery) => delivery.attempts.length > 1);
		const total = await expectOneRunEach(context, workflow, second, first);
		expect(total).toBe(2 * count);
		console.log(
			`Lost answers (rate ${rate}): ${second.length} deliveries, ${attempts.length} attempts, ` +
				`${lost.length} answers lost, ${retried.length} deliveries retried ` +
				`${JSON.stringify(attemptPatterns(second))} in ${secondTook}; ` +
				`${total - runs} new executions (${total} in all)`,
		);
	});
}

/**
 * n8n restarted in the middle of a burst of `count` deliveries, the way it is restarted behind a
 * proxy: drained, SIGTERM, started, back in rotation when `/healthz/readiness` answers 200. LiveChat
 * retries long enough to outlast the restart: every delivery delivered, every one run once.
 *
 * Why behind the proxy: n8n 2.40.7 itself answers 200 "n8n is starting up. Please wait" to any
 * request, webhooks included, before its migrations are checked, and a request that arrives while
 * it shuts down may be answered and then lost, or answered 500 and run again at its next start.
 * The trigger never sees those; a readiness check and a drain keep them from happening.
 */
export async function restartScenario(context: RobustnessContext, count = 300, everyMs = 100) {
	const { n8n, sim } = context;
	await withActiveWorkflow(context, 'Restarted mid-burst', ['incoming_event'], async (workflow) => {
		// Retries every 4 s for 2 minutes: longer than n8n takes to stop and start again.
		await sim.faults({
			delivery: { timeoutMs: 10_000, retries: 30, retryIntervalMs: 4000, lostAnswerRate: 0 },
		});
		let restartTook = '';
		let restarted: Promise<unknown> = Promise.resolve();
		const restart = async () => {
			const started = Date.now();
			await n8n.restart();
			restartTook = secondsSince(started);
		};
		const started = Date.now();
		const emitted = await emitSpread(
			sim,
			count,
			{ action: 'incoming_event', text: 'burst' },
			everyMs,
			(n) => {
				// Kept as a settled promise: a failed restart fails the test below, not the process.
				if (n === Math.floor(count / 3)) restarted = restart().catch((error: unknown) => error);
			},
		);
		const failure = await restarted;
		if (failure) throw failure;
		const ids = new Set(emitted.map((delivery) => delivery.id));
		const deliveries = ofWorkflow(
			(await sim.settle()).filter((delivery) => ids.has(delivery.id)),
			workflow,
		);
		const burstTook = secondsSince(started);

		const troubled = deliveries.filter((delivery) => delivery.attempts[0].outcome !== 200);
		const firstOutcomes: Record<string, number> = {};
		for (const delivery of troubled) {
			const outcome = String(delivery.attempts[0].outcome);
			firstOutcomes[outcome] = (firstOutcomes[outcome] ?? 0) + 1;
		}
		console.log(
			`Restart: n8n restarted in ${restartTook} during a burst of ${deliveries.length} ` +
				`deliveries (${burstTook} until all settled); ${troubled.length} had a first attempt ` +
				`other than 200 ${JSON.stringify(firstOutcomes)}; ${attemptCount(deliveries)} ` +
				`attempts ${JSON.stringify(attemptPatterns(deliveries))}`,
		);

		expect(deliveries).toHaveLength(count);
		expect(deliveries.filter((delivery) => delivery.state !== 'delivered')).toEqual([]);
		for (const delivery of deliveries) expect(delivery.attempts.at(-1)!.outcome).toBe(200);
		// Some deliveries met the restart, else nothing was tested.
		expect(troubled.length).toBeGreaterThan(0);
		const runs = await expectOneRunEach(context, workflow, deliveries);
		console.log(`Restart: ${runs} executions for ${deliveries.length} deliveries`);
	});
}
