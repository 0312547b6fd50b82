/**
 * LiveChat's cursor pages: the first request carries filters, limit and sort order; the answer has
 * `next_page_id` / `previous_page_id` when those pages exist; a follow-up sends `page_id`, and the
 * first request's query is remembered. "The `filters`, `limit`, and `sort_order` parameters can't
 * be provided along with `page_id`" (Agent Chat API, Pagination): those are a validation error
 * with it, anything else (list_threads' required `chat_id`) may and must come along.
 */
import { validation } from './errors';
import { newId } from './state';

/** What a follow-up (`page_id`) may not carry: its first request's query is remembered. */
const NOT_WITH_PAGE_ID = ['filters', 'limit', 'sort_order'];

interface Query {
	method: string;
	params: Record<string, unknown>;
	limit: number;
	offset: number;
}

export class Pages {
	private queries = new Map<string, Query>();

	reset() {
		this.queries.clear();
	}

	/**
	 * Reads the query of a request: its own, or the one its `page_id` stands for. `alsoNot` names
	 * more parameters a follow-up may not carry (list_threads: `min_events_count`).
	 */
	query(
		method: string,
		body: Record<string, unknown>,
		defaultLimit: number,
		maxLimit = 100,
		alsoNot: string[] = [],
	): Query {
		if (body.page_id !== undefined) {
			const refused = [...NOT_WITH_PAGE_ID, ...alsoNot].filter((key) => body[key] !== undefined);
			if (refused.length) {
				throw validation(`${refused.join(', ')} cannot be used with page_id`);
			}
			const query = this.queries.get(String(body.page_id));
			if (!query || query.method !== method) throw validation('page_id is invalid');
			return query;
		}
		const limit = body.limit === undefined ? defaultLimit : Number(body.limit);
		if (!Number.isInteger(limit) || limit < 1 || limit > maxLimit) {
			throw validation(`limit must be between 1 and ${maxLimit}`);
		}
		if (body.sort_order !== undefined && !['asc', 'desc'].includes(String(body.sort_order))) {
			throw validation('sort_order must be asc or desc');
		}
		const filters = body.filters ?? {};
		if (typeof filters !== 'object' || Array.isArray(filters)) {
			throw validation('`filters` must be an object');
		}
		return { method, params: body, limit, offset: 0 };
	}

	/** Cuts one page out of the full, sorted result and names its neighbours. */
	page<T>(query: Query, all: T[]) {
		const items = all.slice(query.offset, query.offset + query.limit);
		const link = (offset: number) => {
			const id = newId(12);
			this.queries.set(id, { ...query, offset });
			return id;
		};
		return {
			items,
			total: all.length,
			...(query.offset + query.limit < all.length && {
				next_page_id: link(query.offset + query.limit),
			}),
			...(query.offset > 0 && { previous_page_id: link(Math.max(0, query.offset - query.limit)) }),
		};
	}
}

/** Sorts by a timestamp, newest first unless the query asked for `asc`. */
export function sortByTime<T>(
	items: T[],
	timeOf: (item: T) => string,
	params: Record<string, unknown>,
) {
	const direction = params.sort_order === 'asc' ? 1 : -1;
	return [...items].sort((a, b) => direction * timeOf(a).localeCompare(timeOf(b)));
}
