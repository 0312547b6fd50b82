/** `2026-11-30 10:00:05` in the given time zone. */
export function formatTime(time: string | number | undefined, timeZone: string): string {
	if (time === undefined || time === '') return '';
	const ms = new Date(time).getTime();
	if (Number.isNaN(ms)) return String(time);
	const { year, month, day, hour, minute, second } = wallClock(ms, timeZone);
	return `${year}-${month}-${day} ${hour}:${minute}:${second}`;
}

/** LiveChat's time format (RFC 3339 with microseconds, UTC), as its own timestamps are written. */
export function liveChatTime(time: Date | number): string {
	return new Date(time).toISOString().replace('Z', '000Z');
}

/** Wall-clock fields of a moment in a time zone. */
export function wallClock(ms: number, timezone: string) {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-US', {
			timeZone: timezone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit',
		})
			.formatToParts(new Date(ms))
			.map((part) => [part.type, part.value]),
	);
	return parts as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string>;
}

/** Milliseconds the time zone is ahead of UTC at a moment. */
function offsetAt(ms: number, timezone: string) {
	const wall = wallClock(ms, timezone);
	const asUtc = Date.UTC(
		Number(wall.year),
		Number(wall.month) - 1,
		Number(wall.day),
		Number(wall.hour),
		Number(wall.minute),
		Number(wall.second),
	);
	return asUtc - Math.floor(ms / 1000) * 1000;
}

/**
 * A moment from a date text: with an offset as given, without one (`2026-11-01`,
 * `2026-11-01 09:30`) as wall time in the time zone. NaN when the text is not a date.
 */
export function momentInZone(text: string, timezone: string): number {
	const local = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?$/.exec(text);
	if (!local) return Date.parse(text);
	const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = ''] = local;
	const wall = Date.UTC(+year, +month - 1, +day, +hour, +minute, +second, +fraction * 1000 || 0);
	// The offset at the wall time read as UTC, then at the moment that gives: right across DST.
	return wall - offsetAt(wall - offsetAt(wall, timezone), timezone);
}

export function isTimeZone(name: string): boolean {
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: name });
		return true;
	} catch {
		return false;
	}
}

export const DAY_MS = 86_400_000;

/** Every day from one moment to another in the time zone, labelled `YYYY-MM-DD`. */
export function daysBetween(from: Date, to: Date, timezone: string): Set<string> {
	const label = (ms: number) => {
		const wall = wallClock(ms, timezone);
		return `${wall.year}-${wall.month}-${wall.day}`;
	};
	const days = new Set<string>();
	// Steps of 6 hours meet every day, even those that DST makes 23 or 25 hours long.
	for (let at = from.getTime(); at < to.getTime(); at += DAY_MS / 4) days.add(label(at));
	days.add(label(to.getTime()));
	return days;
}
