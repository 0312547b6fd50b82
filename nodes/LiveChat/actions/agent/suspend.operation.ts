import { accountChange } from './accountChange';

export const { description, execute } = accountChange('suspend', 'suspend_agent', {
	suspended: true,
});
