import type { INodePropertyOptions } from 'n8n-workflow';

/** The reports the node offers, as the Report parameter lists them. */
export const REPORT_OPTIONS: INodePropertyOptions[] = [
	{
		name: 'Agent Availability',
		value: 'agents/availability',
		description:
			'Hours agents were accepting chats, per period (minutes per hour with the Hour distribution)',
	},
	{
		name: 'Agent Performance',
		value: 'agents/performance',
		description:
			'One item per agent (agent_id): chats, good and bad ratings, first response time, and seconds accepting, not accepting, chatting and logged in; report_summary holds the totals over all agents',
	},
	{
		name: 'Chat Duration',
		value: 'chats/duration',
		description: 'Chats, average chat length and average time agents chatted (seconds), per period',
	},
	{
		name: 'Chat Engagement',
		value: 'chats/engagement',
		description:
			'Chats started by customers after a greeting, by customers without one, and by agents, per period',
	},
	{
		name: 'Chat Forms',
		value: 'chats/forms',
		description:
			"One item per form: how often it was filled, with every field's answers and how often each was chosen",
	},
	{
		name: 'Chat Ranking',
		value: 'chats/ranking',
		description: 'One item per agent (agent_id): rated chats, good, bad, and the ranking score',
	},
	{
		name: 'Chat Ratings',
		value: 'chats/ratings',
		description: 'Chats and how many were rated good or bad, per period',
	},
	{
		name: 'First Response Time',
		value: 'chats/first_response_time',
		description:
			'Chats answered and the average time to the first agent reply (seconds), per period',
	},
	{
		name: 'Greetings Conversion',
		value: 'chats/greetings_conversion',
		description:
			'One item per period and greeting (greeting_id): displayed, accepted, canceled and goals',
	},
	{
		name: 'Groups',
		value: 'chats/groups',
		description: 'Chats per group, per period: one field per group ID',
	},
	{
		name: 'Queued Visitors',
		value: 'chats/queued_visitors',
		description:
			'Customers queued and customers who left the queue, with min, max and average wait (seconds), per period',
	},
	{
		name: 'Queued Visitors Left',
		value: 'chats/queued_visitors_left',
		description:
			'One item per chat whose customer left the queue: the visitor, the queue (wait in seconds, group, start) and the pre-chat answers; every page',
	},
	{
		name: 'Response Time',
		value: 'chats/response_time',
		description: 'Agent replies and the average time to reply (seconds), per period',
	},
	{
		name: 'Tag Usage',
		value: 'tags/chat_usage',
		description: 'One item per tag: how many chats got it in the range (tag, chats)',
	},
	{
		name: 'Tags',
		value: 'chats/tags',
		description: 'Chats per tag, per period: one field per tag',
	},
	{
		name: 'Total Chats',
		value: 'chats/total_chats',
		description: 'Chats and continuous (messaging mode) chats, per period',
	},
	{
		name: 'Unique Visitors',
		value: 'customers/unique_visitors',
		description: 'One item: unique visitors and page views in the range',
	},
];

export const CHAT_REPORTS = REPORT_OPTIONS.map((option) => String(option.value)).filter((report) =>
	report.startsWith('chats/'),
);
export const AGENT_REPORTS = ['agents/availability', 'agents/performance'];
/** The chat reports with periods: "the distribution parameter will have no effect" on the rest. */
export const DISTRIBUTED_CHAT_REPORTS = CHAT_REPORTS.filter(
	(report) => !['chats/forms', 'chats/ranking'].includes(report),
);
