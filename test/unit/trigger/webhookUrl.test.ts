import { webhookUrlProblem } from '../../../nodes/LiveChat/trigger/webhookUrl';

describe('webhookUrlProblem', () => {
	const LIVECHAT = 'https://api.livechatinc.com';
	const STAND_IN = 'http://127.0.0.1:5690';

	it.each([
		['https://n8n.example.com/webhook/x/webhook', false],
		['https://203.0.113.7/webhook/x/webhook', false],
		// n8n's default without WEBHOOK_URL, and other addresses LiveChat cannot reach
		['http://localhost:5678/webhook/x/webhook', true],
		['https://localhost:5678/webhook/x/webhook', true],
		['http://127.0.0.1:5678/webhook/x/webhook', true],
		['https://[::1]:5678/webhook/x/webhook', true],
		['https://192.168.1.10/webhook/x/webhook', true],
		['https://10.0.0.5/webhook/x/webhook', true],
		['https://172.20.0.3/webhook/x/webhook', true],
		['https://169.254.1.1/webhook/x/webhook', true],
		['https://[fd00::1]/webhook/x/webhook', true],
		['https://n8n:5678/webhook/x/webhook', true],
		['https://n8n.local/webhook/x/webhook', true],
		['http://n8n.example.com/webhook/x/webhook', true],
		['ftp://n8n.example.com/x', true],
		['not a url', true],
		[`https://n8n.example.com/${'a'.repeat(500)}`, true],
	])('LiveChat itself: %s → problem: %s', (url, problem) => {
		expect(webhookUrlProblem(url, LIVECHAT) !== undefined).toBe(problem);
	});

	it.each([
		['http://localhost:5678/webhook/x/webhook', false],
		['http://127.0.0.1:5678/webhook/x/webhook', false],
		['http://[::1]:5678/webhook/x/webhook', false],
		['https://n8n.example.com/webhook/x/webhook', false],
		['http://n8n.example.com/webhook/x/webhook', true],
		['http://192.168.1.10:5678/webhook/x/webhook', true],
	])('a LiveChat stand-in on loopback: %s → problem: %s', (url, problem) => {
		expect(webhookUrlProblem(url, STAND_IN) !== undefined).toBe(problem);
	});

	it('names WEBHOOK_URL in the message, which n8n 2.x shows, and in the description', () => {
		const problem = webhookUrlProblem('http://localhost:5678/webhook/x/webhook', LIVECHAT)!;
		expect(problem.message).toContain('WEBHOOK_URL');
		expect(problem.description).toContain('WEBHOOK_URL');
	});
});
