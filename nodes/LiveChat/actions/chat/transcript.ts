import { formatTime } from '../../shared/time';
import type { ChatEvent, Thread } from '../../types/livechat';

function eventLine(event: ChatEvent, names: Map<string, string>): string {
	const author = event.author_id ? (names.get(event.author_id) ?? event.author_id) : 'System';
	const who = event.visibility === 'agents' ? `${author} (note for agents)` : author;
	switch (event.type) {
		case 'message':
			return `${who}: ${event.text}`;
		case 'system_message':
			return `System: ${event.text ?? event.system_message_type ?? ''}`;
		case 'file':
			return `${who} sent a file: ${event.name ?? 'file'}${event.url ? ` <${event.url}>` : ''}`;
		case 'rich_message': {
			const titles = (event.elements ?? [])
				.map((element) => element.title)
				.filter((title) => typeof title === 'string');
			return `${who} sent a card${titles.length ? `: ${titles.join(' / ')}` : ''}`;
		}
		case 'form':
		case 'filled_form': {
			const answers = (event.fields ?? [])
				.map((field) => {
					const answer = field.answer as { value?: unknown } | string | undefined;
					const value = typeof answer === 'object' && answer !== null ? answer.value : answer;
					return value === undefined
						? undefined
						: `${String(field.label ?? field.id)}: ${String(value)}`;
				})
				.filter(Boolean);
			return `${who} filled in a form${answers.length ? ` (${answers.join('; ')})` : ''}`;
		}
		default:
			return `${who}: ${event.text ?? `[${event.type} event]`}`;
	}
}

/**
 * A readable transcript: one header per thread, then one line per event with its time and
 * author's name. Times are shown in `timeZone` (the workflow's), which the header names.
 */
export function transcriptText(
	threads: Thread[],
	names: Map<string, string>,
	timeZone: string,
): string {
	return threads
		.map((thread) => {
			const tags = thread.tags?.length ? ` · tags: ${thread.tags.join(', ')}` : '';
			const header = `Thread ${thread.id} · ${formatTime(thread.created_at, timeZone)} (${timeZone})${tags}`;
			const lines = (thread.events ?? []).map(
				(event) => `[${formatTime(event.created_at, timeZone)}] ${eventLine(event, names)}`,
			);
			return [header, ...lines].join('\n');
		})
		.join('\n\n');
}
