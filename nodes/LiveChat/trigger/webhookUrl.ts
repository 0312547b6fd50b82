const LOOPBACK_HOSTS = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

/** Hosts LiveChat cannot reach: loopback, private and link-local ranges, names without a dot. */
function isUnreachableHost(hostname: string): boolean {
	const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
	return (
		LOOPBACK_HOSTS.test(hostname) ||
		/^(10|127)\./.test(host) ||
		/^192\.168\./.test(host) ||
		/^169\.254\./.test(host) ||
		/^172\.(1[6-9]|2\d|3[01])\./.test(host) ||
		/^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./.test(host) ||
		host === '0.0.0.0' ||
		/^(::1?|f[cd][0-9a-f]{2}:.*|fe[89ab][0-9a-f]:.*)$/.test(host) ||
		host.endsWith('.local') ||
		host.endsWith('.internal') ||
		!host.includes('.')
	);
}

/**
 * Why LiveChat could not deliver to this URL, if it could not. The secret travels in the body, so
 * LiveChat itself gets only a public https:// URL; a stand-in of LiveChat on this machine (the
 * credential's API URL on loopback, for local testing) may use plain http on loopback.
 */
export function webhookUrlProblem(
	url: string,
	apiUrl: string,
): { message: string; description: string } | undefined {
	const setWebhookUrl =
		"Set n8n's WEBHOOK_URL environment variable to the public https:// address of this n8n (for example behind a reverse proxy or tunnel) and restart n8n.";
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return { message: `The webhook URL "${url}" is not a valid URL`, description: setWebhookUrl };
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
		return {
			message: `The webhook URL "${url}" is not an http(s) URL`,
			description: setWebhookUrl,
		};
	}
	const localStandIn = LOOPBACK_HOSTS.test(hostOf(apiUrl));
	const reachable = localStandIn
		? parsed.protocol === 'https:' || LOOPBACK_HOSTS.test(parsed.hostname)
		: parsed.protocol === 'https:' && !isUnreachableHost(parsed.hostname);
	if (!reachable) {
		return {
			message: `LiveChat cannot send events to ${parsed.origin}: set WEBHOOK_URL to this n8n's public https:// address`,
			description: `This workflow's webhook URL is ${url}; LiveChat needs a public https:// URL. ${setWebhookUrl}`,
		};
	}
	if (url.length > 500) {
		return {
			message: 'The webhook URL is longer than the 500 characters LiveChat accepts',
			description: 'Use a shorter WEBHOOK_URL or a shorter webhook path.',
		};
	}
	return undefined;
}

function hostOf(url: string): string {
	try {
		return new URL(url).hostname;
	} catch {
		return '';
	}
}
