import { LiveChat } from '../../nodes/LiveChat/LiveChat.node';

const node = new LiveChat();

describe('the node description', () => {
	const { properties } = node.description;
	const V3_RESOURCES = [
		'agent',
		'anyMethod',
		'autoAccess',
		'bot',
		'chat',
		'customer',
		'greeting',
		'group',
		'property',
		'report',
		'tag',
	];

	it('is usable as an AI tool; v3.6 resources take OAuth2, a token or a bot, Visitor the legacy credential', () => {
		expect(node.description.usableAsTool).toBe(true);
		expect(
			node.description.credentials?.map((c) => [c.name, c.displayOptions?.show?.resource]),
		).toEqual([
			['liveChatOAuth2Api', V3_RESOURCES],
			['liveChatApi', V3_RESOURCES],
			['liveChatBotApi', V3_RESOURCES],
			['liveChatLegacyWebhookApi', ['visitor']],
		]);
	});

	it('sorts resources and each resource’s operations, each with an action', () => {
		const resources = properties.find((p) => p.name === 'resource')!.options as Array<{
			name: string;
		}>;
		expect(resources.map((r) => r.name)).toEqual([
			'Agent',
			'Any Method',
			'Bot',
			'Chat',
			'Customer',
			'Greeting',
			'Group',
			'Property',
			'Report',
			'Routing Rule',
			'Tag',
			'Visitor (Legacy)',
		]);
		const operationLists = properties.filter((p) => p.name === 'operation');
		expect(operationLists).toHaveLength(12);
		for (const list of operationLists) expect(list.options).not.toHaveLength(0);
		for (const list of operationLists) {
			const options = list.options as Array<{ name: string; action?: string }>;
			expect(options.map((o) => o.name)).toEqual([...options.map((o) => o.name)].sort());
			for (const option of options) expect(option.action).toBeTruthy();
		}
	});
});
