/** `2026-11-30 10:00:05` in the given time zone ("sv-SE" formats dates the ISO way). */
export function formatTime(time: string | number | undefined, timeZone: string): string {
	if (time === undefined || time === '') return '';
	const date = new Date(time);
	if (Number.isNaN(date.getTime())) return String(time);
	return new Intl.DateTimeFormat('sv-SE', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	}).format(date);
}

/** LiveChat's time format (RFC 3339 with microseconds, UTC), as its own timestamps are written. */
export function liveChatTime(time: Date | number): string {
	return new Date(time).toISOString().replace('Z', '000Z');
}
