/**
 * The LiveChat action node in conversations, end to end (C1–C8, M1, R1–R3, B1, K1–K5): chat
 * control and follow-ups, bots, agents, bans and reports in each n8n version of
 * SUITE_VERSIONS.conversations, one n8n with the simulator per version, each area's checks from its
 * own file in conversations/.
 */
import type { N8nVersion } from '../support/n8n';
import { useN8nWithSimulator } from '../support/n8nWithSimulator';
import { SUITE_VERSIONS } from '../support/versions';
import { botScenarios } from './conversations/bots';
import { chatContentScenarios } from './conversations/chatContent';
import { chatControlScenarios } from './conversations/chatControl';
import { conformanceScenarios } from './conversations/conformance';
import { followUpScenarios } from './conversations/followUps';
import { managementScenarios } from './conversations/management';
import { reportScenarios } from './conversations/reports';

function describeConversations(version: N8nVersion) {
	describe(`LiveChat conversations, bots and reports in n8n ${version}`, () => {
		const context = useN8nWithSimulator(version);
		beforeEach(async () => {
			await context.sim.reset();
		});
		// Each area adds `xxxScenarios(context)` here.
		chatControlScenarios(context);
		chatContentScenarios(context);
		followUpScenarios(context);
		managementScenarios(context);
		reportScenarios(context);
		botScenarios(context);
		conformanceScenarios(context);
	});
}

// One n8n at a time: each version's describe block starts its own and stops it when done.
for (const version of SUITE_VERSIONS.conversations) describeConversations(version);
