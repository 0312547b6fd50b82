/**
 * LiveChat spells a routing status `accepting chats` in webhooks and some answers, and
 * `accepting_chats` in set_routing_status: both nodes give the spelling set_routing_status takes.
 */
export const normalRoutingStatus = (status: string) => status.replace(/ /g, '_');
