import { textList } from '../../../nodes/LiveChat/shared/lists';

describe('textList', () => {
	it('takes the entries of a multi-select, as text, trimmed', () => {
		expect(textList([' sales', 'support ', 3])).toEqual(['sales', 'support', '3']);
	});

	it('splits a comma-separated expression and trims each entry', () => {
		expect(textList('smith@example.com, jones@example.com')).toEqual([
			'smith@example.com',
			'jones@example.com',
		]);
	});

	it('leaves out empty entries', () => {
		expect(textList('a,, ,b,')).toEqual(['a', 'b']);
		expect(textList(['', ' ', 'a'])).toEqual(['a']);
	});

	it('gives no entries for nothing', () => {
		expect(textList(undefined)).toEqual([]);
		expect(textList(null)).toEqual([]);
		expect(textList('')).toEqual([]);
		expect(textList([])).toEqual([]);
	});

	it('reads a single value that is not text as one entry', () => {
		expect(textList(7)).toEqual(['7']);
	});
});
