import { accountChange } from './accountChange';

export const { description, execute } = accountChange('unsuspend', 'unsuspend_agent', {
	suspended: false,
});
