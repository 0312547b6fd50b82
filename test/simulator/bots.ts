/**
 * Bots (Configuration API create/get/list/update/delete, issue_bot_token), routing statuses, and
 * customer bans: with LiveChat's rules and the webhooks LiveChat fires.
 */
import type { MethodGroup } from './calls';

export const botMethods: MethodGroup = {
	agent: {},
	configuration: {},
};
