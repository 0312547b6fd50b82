/** A list from a multi-select (an array) or an expression (an array, or a comma-separated text). */
export function textList(value: unknown): string[] {
	const list = Array.isArray(value) ? value : String(value ?? '').split(',');
	return list.map((entry) => String(entry).trim()).filter((entry) => entry !== '');
}
