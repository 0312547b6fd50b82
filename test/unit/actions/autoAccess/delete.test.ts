import { operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode } from '../../../helpers/runNode';

const rule = operationParameters('autoAccess');

describe('Routing Rule → Delete', () => {
	it('deletes the rule', async () => {
		const fake = new FakeLiveChat();
		const [first] = fake.simulator.state.autoAccesses;
		const [item] = await runNode(rule('delete', { ruleId: first.id }));
		expect(fake.callsOf('delete_auto_access')[0].body).toEqual({ id: first.id });
		expect(item.json).toEqual({ id: first.id, deleted: true });
		expect(fake.simulator.state.autoAccesses).toEqual([]);
	});

	it('names the rule LiveChat does not know', async () => {
		new FakeLiveChat();
		const error = await failingRun(rule('delete', { ruleId: 'gone' }));
		expect(error.message).toBe('LiveChat could not find routing rule gone (delete_auto_access)');
	});
});
