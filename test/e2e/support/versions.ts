/**
 * The n8n versions the package is tested in, and which end-to-end suite runs on which: the one
 * place to add a version or move a suite. install-n8n.sh installs these versions (with each one's
 * pins). Plain data, no Jest, so that the dev tools compiled from support/ can read it too.
 */

/** Every version install-n8n.sh installs; the first is `npm run dev`'s and the screenshots' n8n. */
export const N8N_VERSIONS = ['2.40.7', '2.41.1', '1.123.81'] as const;
export type N8nVersion = (typeof N8N_VERSIONS)[number];

/**
 * The versions each suite runs on. A suite starts one n8n per version, in this order, each in its
 * own describe block: started in the block's beforeAll, stopped in its afterAll.
 */
export const SUITE_VERSIONS = {
	/** trigger/webhooks.test.ts: scenarios 1–7, 9–12, W1–W4. */
	webhookTrigger: N8N_VERSIONS,
	/** polling/pollingTrigger.test.ts: P1, every version at once. */
	pollingTrigger: N8N_VERSIONS,
	/** actions/operations.test.ts: A1–A16, L0–L3. */
	actionNode: N8N_VERSIONS,
	/** actions/conversations.test.ts: C1–C8, M1, R1–R3, B1, K1–K5. */
	conversations: N8N_VERSIONS,
	/** templates/templates.test.ts: T1–T9. */
	templates: N8N_VERSIONS,
	/** handoff/aiAgentHandoff.test.ts: H1. */
	aiAgentHandoff: N8N_VERSIONS,
	/**
	 * editor/browser.test.ts: E1–E11 on the newest of each major. 2.40.7's editor is 2.41's (every
	 * `data-test-id` the suite uses is in both), and leaving it out keeps a cold CI run under 45 min.
	 */
	editor: ['2.41.1', '1.123.81'],
	/** trigger/queueMode.test.ts (8, 13–15) and the polling trigger's P2, on PostgreSQL and Redis. */
	queueMode: ['2.40.7'],
	/** trigger/robustness.test.ts: R1–R3, fuzzing, load and a restart (long: one version). */
	robustness: ['2.40.7'],
} as const satisfies Record<string, readonly N8nVersion[]>;
