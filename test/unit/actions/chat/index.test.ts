import type { INodeProperties } from 'n8n-workflow';

import { LiveChat } from '../../../../nodes/LiveChat/LiveChat.node';

describe('the operations as the editor and AI agents see them', () => {
	const { properties } = new LiveChat().description;
	const chatOperations = properties.find(
		(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes('chat'),
	)!.options as Array<{ value: string; description?: string; action?: string }>;
	const parameter = (name: string, operation: string) =>
		properties.find(
			(p) => p.name === name && p.displayOptions?.show?.operation?.includes(operation),
		) as INodeProperties;

	it('lists each operation with a description and an action', () => {
		for (const value of ['transfer', 'close', 'addUser', 'removeUser', 'start', 'resume']) {
			const option = chatOperations.find((o) => o.value === value);
			expect(option?.description).toBeTruthy();
			expect(option?.action).toMatch(/^[A-Z][a-z]+ (a|the) /);
		}
	});

	it('offers the agents the chat can go to, for the Chat ID typed in', () => {
		expect(parameter('agentIds', 'transfer').typeOptions).toEqual({
			loadOptionsMethod: 'getAgentsForTransfer',
			loadOptionsDependsOn: ['chatId'],
		});
		expect(parameter('joinFirst', 'sendMessage')).toMatchObject({
			type: 'boolean',
			default: false,
		});
	});
});
