import { accountChange } from './accountChange';

export const { description, execute } = accountChange(
	'delete',
	'delete_agent',
	{ deleted: true },
	'LiveChat removes the agent from the license; this cannot be undone.',
);
