/**
 * LiveChat's cursor pages: the first request carries filters, limit and sort order; the answer has
 * `next_page_id` / `previous_page_id` when those pages exist; a follow-up sends only `page_id`
 * (anything else with it is a validation error) and the first request's query is remembered.
 */
import { validation } from './errors';
import { newId } from './state';

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

	/** Reads the query of a request: its own, or the one its `page_id` stands for. */
	query(
		method: string,
		body: Record<string, unknown>,
		defaultLimit: number,
		maxLimit = 100,
	): Query {
		if (body.page_id !== undefined) {
			const others = Object.keys(body).filter((key) => key !== 'page_id');
			if (others.length) {
				throw validation(`${others.join(', ')} cannot be used with page_id`);
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
