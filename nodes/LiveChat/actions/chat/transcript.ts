import { eventText } from '../../shared/chatEvents';
import { formatTime } from '../../shared/time';
import type { ChatEvent, Thread } from '../../types/livechat';

function eventLine(event: ChatEvent, names: Map<string, string>): string {
	const author = event.author_id ? (names.get(event.author_id) ?? event.author_id) : 'System';
	const who = event.visibility === 'agents' ? `${author} (note for agents)` : author;
	const text = eventText(event);
	if (event.deleted) return `${who}: [deleted ${event.type.replace(/_/g, ' ')}]`;
	switch (event.type) {
		case 'message':
			return `${who}: ${text ?? ''}`;
		case 'system_message':
			return `System: ${text ?? ''}`;
		case 'file':
			return `${who} sent a file: ${event.name ?? 'file'}${event.url ? ` <${event.url}>` : ''}`;
		case 'rich_message':
			return `${who} sent a card${text ? `: ${text}` : ''}`;
		case 'form':
			return `${who} sent a form${text ? ` (${text})` : ''}`;
		case 'filled_form':
			return `${who} filled in a form${text ? ` (${text})` : ''}`;
		case 'system':
			return `System${event.source ? ` (${event.source})` : ''}: ${text ?? ''}`;
		default:
			return `${who}: ${text ?? `[${event.type} event]`}`;
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
