/**
 * Evaluates a `={{ … }}` expression that reads only the given variables (`$parameter`,
 * `$credentials`…), as n8n would.
 */
export function evaluateExpression(
	expression: string,
	variables: Record<string, unknown>,
): unknown {
	const body = expression.replace(/^=\{\{/, '').replace(/\}\}$/, '');
	return new Function(...Object.keys(variables), `return (${body});`)(...Object.values(variables));
}
