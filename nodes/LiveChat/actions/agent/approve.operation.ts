import { accountChange } from './accountChange';

export const { description, execute } = accountChange('approve', 'approve_agent', {
	awaiting_approval: false,
});
