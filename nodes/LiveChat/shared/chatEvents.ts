import type { IDataObject } from 'n8n-workflow';

import type { ChatEvent, FormEvent, FormField, RichMessageEvent } from '../types/livechat';

/** A field's answer as text: the text typed, the label chosen, or the labels ticked. */
function answerOf(field: FormField): string | string[] | null {
	if (Array.isArray(field.answers)) return field.answers.map((choice) => choice.label);
	if (typeof field.answer === 'string') return field.answer;
	return field.answer?.label ?? null;
}

/** The trigger's items name fields in camelCase, the action node's as LiveChat does. */
export type KeyStyle = 'camelCase' | 'snake_case';

const key = (style: KeyStyle, camel: string, snake: string) =>
	style === 'camelCase' ? camel : snake;

/** The answers of a filled form (a pre-chat survey…), one per field, in the form's order. */
export function formAnswers(event: FormEvent, style: KeyStyle = 'camelCase'): IDataObject[] {
	return (event.fields ?? []).map((field) => {
		const groupId = typeof field.answer === 'object' ? field.answer.group_id : undefined;
		return {
			id: field.id,
			type: field.type,
			label: field.label ?? null,
			answer: answerOf(field),
			...(groupId !== undefined ? { [key(style, 'groupId', 'group_id')]: groupId } : {}),
		};
	});
}

function richMessageText(event: RichMessageEvent): string {
	return (event.elements ?? [])
		.map((element) => {
			const buttons = (element.buttons ?? []).map((button) => `[${button.text ?? ''}]`);
			return [element.title, element.subtitle, buttons.join(' ')].filter(Boolean).join(' — ');
		})
		.join(' / ');
}

function formText(event: FormEvent): string {
	if (event.type === 'form') return (event.fields ?? []).map((f) => f.label ?? f.id).join(', ');
	return formAnswers(event)
		.filter((answer) => answer.answer !== null)
		.map(({ label, id, answer }) => {
			const text = Array.isArray(answer) ? answer.join(', ') : String(answer);
			return `${String(label ?? id)}: ${text}`;
		})
		.join('; ');
}

/** What an event says, as one line of text; null for a deleted event or one without content. */
export function eventText(event: ChatEvent): string | null {
	if (event.deleted) return null;
	switch (event.type) {
		case 'message':
			return event.text ?? null;
		case 'system_message':
			return event.text ?? event.system_message_type ?? null;
		case 'file':
			return event.url ?? event.name ?? null;
		case 'rich_message':
			return richMessageText(event) || null;
		case 'form':
		case 'filled_form':
			return formText(event) || null;
		case 'custom':
			return event.content === undefined ? null : JSON.stringify(event.content);
		case 'system':
			return [event.subtype, event.details].filter(Boolean).join(' ') || null;
		default:
			return null;
	}
}

/** The content of an event beyond its text, by type, for simplified items. */
export function eventDetails(event: ChatEvent): IDataObject {
	if (event.deleted) return { deleted: true };
	switch (event.type) {
		case 'file':
			return {
				file: {
					name: event.name ?? null,
					url: event.url ?? null,
					contentType: event.content_type ?? null,
					size: event.size ?? null,
				},
			};
		case 'filled_form':
			return {
				form: {
					id: event.form_id ?? null,
					type: event.form_type ?? null,
					answers: formAnswers(event),
				},
			};
		case 'form':
			return { form: { id: event.form_id ?? null, type: event.form_type ?? null } };
		case 'rich_message':
			return {
				richMessage: {
					templateId: event.template_id ?? null,
					elements: (event.elements ?? []) as IDataObject[],
				},
			};
		case 'custom':
			return { content: (event.content ?? null) as IDataObject | null };
		case 'system':
			return {
				source: event.source ?? null,
				subtype: event.subtype ?? null,
				details: event.details ?? null,
			};
		case 'message':
			return event.postback ? { postback: event.postback as IDataObject } : {};
		default:
			return {};
	}
}

/** The filled forms of a thread (its pre-chat survey first), with their answers. */
export function filledForms(
	events: ChatEvent[] = [],
	style: KeyStyle = 'camelCase',
): IDataObject[] {
	return events
		.filter((event): event is FormEvent => event.type === 'filled_form' && !event.deleted)
		.map((event) => ({
			[key(style, 'formId', 'form_id')]: event.form_id ?? null,
			[key(style, 'formType', 'form_type')]: event.form_type ?? null,
			[key(style, 'authorId', 'author_id')]: event.author_id ?? null,
			[key(style, 'createdAt', 'created_at')]: event.created_at ?? null,
			answers: formAnswers(event, style),
		}));
}
