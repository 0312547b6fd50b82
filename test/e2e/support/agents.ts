/** Agents tests add to the simulated license besides the seed's smith and jones. */
import type { Agent } from '../../simulator/state';

export const BROWN = 'brown@example.com';

/** Brown, a free agent of Sales (group 1), where the seed has only smith. */
export function brownInSales(groupIds: number[] = [1]): Agent {
	return {
		id: BROWN,
		account_id: 'd2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f60',
		name: 'Agent Brown',
		role: 'normal',
		job_title: 'Sales',
		max_chats_count: 6,
		avatar_path: '',
		login_status: 'accepting chats',
		groups: groupIds.map((id) => ({ id, priority: id === 1 ? 'first' : 'normal' })),
		suspended: false,
		awaiting_approval: false,
	};
}
