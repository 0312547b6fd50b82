import { operationParameters } from '../../../helpers/actionParameters';
import { FakeLiveChat } from '../../../helpers/fakeLiveChat';
import { failingRun, runNode, tagLocator } from '../../../helpers/runNode';

const tag = operationParameters('tag');

describe('Tag → Delete', () => {
	it('deletes the tag and says so', async () => {
		const fake = new FakeLiveChat();
		const [item] = await runNode(
			tag('delete', { tag: { __rl: true, mode: 'name', value: 'support' } }),
		);
		expect(fake.callsOf('delete_tag')[0].body).toEqual({ name: 'support' });
		expect(item.json).toEqual({ name: 'support', deleted: true });
		expect(fake.simulator.state.tags.map((t) => t.name)).not.toContain('support');
	});

	it('names the tag that does not exist', async () => {
		new FakeLiveChat();
		const error = await failingRun(tag('delete', { tag: tagLocator('nope') }));
		expect(error.message).toBe('LiveChat could not find tag "nope" (delete_tag)');
	});
});
