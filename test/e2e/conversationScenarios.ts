/**
 * End-to-end scenarios of conversation control, bots, agents, bans and reports in one n8n version:
 * one n8n with the simulator, each area's checks from its own file in test/e2e/conversations/.
 */
import { botScenarios } from './conversations/bots';
import { chatContentScenarios } from './conversations/chatContent';
import { chatControlScenarios } from './conversations/chatControl';
import { conformanceScenarios } from './conversations/conformance';
import { managementScenarios } from './conversations/management';
import { reportScenarios } from './conversations/reports';
import type { N8nVersion } from './support/n8n';
import { useN8nWithSimulator } from './scenarios';

export type ScenarioContext = ReturnType<typeof useN8nWithSimulator>;

export function describeConversationScenarios(version: N8nVersion) {
	describe(`LiveChat conversations, bots and reports in n8n ${version}`, () => {
		const context = useN8nWithSimulator(version);
		beforeEach(async () => {
			await context.sim.reset();
		});
		// Each area adds `xxxScenarios(context)` here.
		chatControlScenarios(context);
		chatContentScenarios(context);
		managementScenarios(context);
		reportScenarios(context);
		botScenarios(context);
		conformanceScenarios(context);
	});
}
