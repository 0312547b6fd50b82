/**
 * Conversation control on the simulated Agent Chat API: transfer, close, users of a chat, start
 * and resume, properties, files, rich messages, indicators and read receipts, with LiveChat's rules
 * (requester presence, active threads, group overlap) and the webhooks LiveChat fires.
 */
import type { MethodGroup } from './calls';

export const conversationMethods: MethodGroup = {
	agent: {},
	configuration: {},
};
