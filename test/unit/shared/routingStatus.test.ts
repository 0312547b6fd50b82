import { normalRoutingStatus } from '../../../nodes/LiveChat/shared/routingStatus';

describe('normalRoutingStatus', () => {
	it('spells a status as set_routing_status takes it', () => {
		expect(normalRoutingStatus('accepting chats')).toBe('accepting_chats');
		expect(normalRoutingStatus('not accepting chats')).toBe('not_accepting_chats');
		expect(normalRoutingStatus('not_accepting_chats')).toBe('not_accepting_chats');
		expect(normalRoutingStatus('offline')).toBe('offline');
	});
});
