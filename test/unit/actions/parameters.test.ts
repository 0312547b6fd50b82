import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	chatIdOf,
	chosenGroupId,
	chosenLimit,
	collectionOf,
	entriesOf,
	groupIds,
	optionalText,
	requiredText,
	threadIdOrLatest,
} from '../../../nodes/LiveChat/actions/parameters';
import { OperationRun } from '../../../nodes/LiveChat/actions/run';
import { executeContext } from '../../helpers/contexts';
import { FakeLiveChat } from '../../helpers/fakeLiveChat';
import { LIVE_CHAT_ID, LIVE_THREAD_ID } from '../../simulator/state';

/** An execute context whose parameters are `parameters`, for every item. */
const contextWith = (parameters: IDataObject) =>
	executeContext({ parameters, items: [{}, {}, {}] }).context as IExecuteFunctions;

/** What a function throws; the test fails if it returns. */
function thrownBy(call: () => unknown): NodeOperationError {
	try {
		call();
	} catch (error) {
		expect(error).toBeInstanceOf(NodeOperationError);
		return error as NodeOperationError;
	}
	throw new Error('nothing was thrown');
}

describe('text parameters', () => {
	it('trims required and optional text, and takes numbers an expression gives as text', () => {
		const context = contextWith({ name: '  vip ', count: 42, note: ' hi ' });
		expect(requiredText(context, 'name', 0, 'Name')).toBe('vip');
		expect(requiredText(context, 'count', 0, 'Count')).toBe('42');
		expect(optionalText(context, 'note', 0)).toBe('hi');
		expect(optionalText(context, 'count', 0)).toBe('42');
	});

	it('takes the value of a resource locator', () => {
		const context = contextWith({ tag: { __rl: true, mode: 'list', value: ' sales ' } });
		expect(requiredText(context, 'tag', 0, 'Tag')).toBe('sales');
	});

	it('gives empty optional text for a missing value or one that is not text', () => {
		const context = contextWith({ flag: true, empty: null });
		expect(optionalText(context, 'missing', 0)).toBe('');
		expect(optionalText(context, 'flag', 0)).toBe('');
		expect(optionalText(context, 'empty', 0)).toBe('');
	});

	it('refuses empty required text, naming the parameter and the item', () => {
		const context = contextWith({ name: '   ', flag: true });
		const blank = thrownBy(() => requiredText(context, 'name', 2, 'Name'));
		expect(blank.message).toBe('Name is empty');
		expect(blank.context.itemIndex).toBe(2);
		expect(thrownBy(() => requiredText(context, 'flag', 0, 'Flag')).message).toBe('Flag is empty');
	});

	it('asks for the Chat ID, or an expression giving it', () => {
		const error = thrownBy(() => chatIdOf(contextWith({}), 1));
		expect(error.message).toBe('Chat ID is empty');
		expect(error.description).toBe(
			'Enter the Chat ID, or map it from an earlier node with an expression.',
		);
		expect(error.context.itemIndex).toBe(1);
		expect(chatIdOf(contextWith({ chatId: ` ${LIVE_CHAT_ID}` }), 0)).toBe(LIVE_CHAT_ID);
	});
});

describe('group IDs', () => {
	it('reads a list from the dropdown, an array or a comma-separated expression', () => {
		expect(groupIds([0, 1])).toEqual([0, 1]);
		expect(groupIds(['0', ' 2 '])).toEqual([0, 2]);
		expect(groupIds('0, 1,,3')).toEqual([0, 1, 3]);
		expect(groupIds(4)).toEqual([4]);
	});

	it('leaves out what is not a group ID', () => {
		expect(groupIds('sales, -1, 1.5, 2')).toEqual([2]);
		expect(groupIds(undefined)).toEqual([]);
		expect(groupIds('')).toEqual([]);
	});

	it('takes one group from the list or an expression, General when none is set', () => {
		expect(chosenGroupId(contextWith({ groupId: 1 }), 0)).toBe(1);
		expect(chosenGroupId(contextWith({ groupId: ' 2 ' }), 0)).toBe(2);
		expect(chosenGroupId(contextWith({}), 0)).toBe(0);
	});

	it('refuses one group that is not a group ID, naming the value and the item', () => {
		for (const [groupId, shown] of [
			['sales', 'sales'],
			[-1, '-1'],
			[1.5, '1.5'],
			[' ', ' '],
		] as const) {
			const error = thrownBy(() => chosenGroupId(contextWith({ groupId }), 1));
			expect(error.message).toBe(`"${shown}" is not a group ID`);
			expect(error.description).toContain('0 is the General group');
			expect(error.context.itemIndex).toBe(1);
		}
	});
});

describe('collections, limits and bot fields', () => {
	it('gives an empty collection and no entries when nothing was added', () => {
		const context = contextWith({ properties: {} });
		expect(collectionOf(context, 'options', 0)).toEqual({});
		expect(entriesOf(context, 'fields', 'field', 0)).toEqual([]);
		expect(entriesOf(context, 'properties', 'property', 0)).toEqual([]);
	});

	it('gives the entries of a fixed collection and the fields of a collection', () => {
		const field = [{ name: 'Plan', value: 'Enterprise' }];
		const context = contextWith({ fields: { field }, options: { sortOrder: 'asc' } });
		expect(entriesOf(context, 'fields', 'field', 0)).toEqual(field);
		expect(collectionOf(context, 'options', 0)).toEqual({ sortOrder: 'asc' });
	});

	it('reads every page with Return All, else the limit, 50 when none is set', () => {
		expect(chosenLimit(contextWith({ returnAll: true, limit: 5 }), 0)).toBeUndefined();
		expect(chosenLimit(contextWith({ returnAll: false, limit: 5 }), 0)).toBe(5);
		expect(chosenLimit(contextWith({}), 0)).toBe(50);
	});
});

describe('the thread of an item', () => {
	it('is the given Thread ID, without looking anything up', async () => {
		const fake = new FakeLiveChat();
		const context = contextWith({ threadId: ' K1 ' });
		await expect(
			threadIdOrLatest(context, LIVE_CHAT_ID, 0, new OperationRun(context)),
		).resolves.toBe('K1');
		expect(fake.calls).toEqual([]);
	});

	it('is the chat’s latest thread when none is given', async () => {
		const fake = new FakeLiveChat();
		const context = contextWith({ threadId: '' });
		await expect(
			threadIdOrLatest(context, LIVE_CHAT_ID, 0, new OperationRun(context)),
		).resolves.toBe(LIVE_THREAD_ID);
		expect(fake.callsOf('get_chat').map((call) => call.body)).toEqual([{ chat_id: LIVE_CHAT_ID }]);
	});
});
