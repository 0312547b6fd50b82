/**
 * The LiveChat Trigger under bad input, load and a restart (R1–R3, from fuzzLoadRestart.ts), in
 * each n8n version of SUITE_VERSIONS.robustness, on SQLite.
 */
import { useN8nWithSimulator } from '../support/n8nWithSimulator';
import { SUITE_VERSIONS } from '../support/versions';
import { fuzzScenario, loadScenario, restartScenario } from './fuzzLoadRestart';

/** Caps, not expectations: n8n on two shared CPUs is sometimes several times slower than alone. */
const MINUTES = 60_000;

describe.each(SUITE_VERSIONS.robustness)(
	'LiveChat Trigger in n8n %s: bad input, load, faults',
	(version) => {
		const context = useN8nWithSimulator(version, {
			env: () => ({
				// Over two thousand executions: none may be pruned while they are counted.
				EXECUTIONS_DATA_PRUNE: 'false',
				// The README's high-volume setting. By default n8n sets up an expression sandbox for every
				// request to a trigger other than its own Webhook node, refused ones too: seven times the
				// rest of a 401's cost here, and 7-10 minutes for this file instead of 2.
				N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: 'true',
			}),
		});

		test(
			'R1. 10,000 bodies that are no delivery of the workflow: no 5xx, no execution, n8n still serves',
			async () => {
				await fuzzScenario(context);
			},
			20 * MINUTES,
		);

		test(
			'R2. 1,000 deliveries run 1,000 times; 1,000 more with lost answers too',
			async () => {
				await loadScenario(context);
			},
			20 * MINUTES,
		);
	},
);

describe.each(SUITE_VERSIONS.robustness)(
	'LiveChat Trigger in n8n %s behind a proxy with readiness checks: a restart',
	(version) => {
		const context = useN8nWithSimulator(version, { behindProxy: true });

		test(
			'R3. n8n restarted in the middle of a burst: every delivery delivered and run once',
			async () => {
				await restartScenario(context);
			},
			10 * MINUTES,
		);
	},
);
