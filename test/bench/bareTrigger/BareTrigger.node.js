'use strict';

/**
 * A trigger that does nothing but hand on the body it was sent: what n8n allows any webhook
 * trigger other than its own Webhook node. Declared like the LiveChat Trigger (POST, answered on
 * receipt with no data, version 1.1) so the two differ only in what their webhook() does.
 */
class BareTrigger {
	constructor() {
		this.description = {
			displayName: 'Bare Trigger',
			name: 'bareTrigger',
			group: ['trigger'],
			version: [1, 1.1],
			defaultVersion: 1.1,
			description: 'Starts the workflow with the body it receives',
			defaults: { name: 'Bare Trigger' },
			inputs: [],
			outputs: ['main'],
			webhooks: [
				{
					name: 'default',
					httpMethod: 'POST',
					responseMode: 'onReceived',
					responseData: 'noData',
					path: 'webhook',
				},
			],
			properties: [],
		};
	}

	async webhook() {
		return { workflowData: [this.helpers.returnJsonArray(this.getBodyData())] };
	}
}

module.exports = { BareTrigger };
