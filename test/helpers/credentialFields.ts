import { evaluateExpression } from './expressions';

/** Each property's default and type, by name. */
export function defaults(properties: Array<{ name: string; default: unknown; type: string }>) {
	return Object.fromEntries(properties.map((p) => [p.name, { value: p.default, type: p.type }]));
}

/** Evaluates a credential's `={{ … }}` expression with these credential values. */
export function evaluate(expression: string, credentials: Record<string, unknown>): unknown {
	return evaluateExpression(expression, { $credentials: credentials });
}
