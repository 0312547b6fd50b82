import {
	daysBetween,
	formatTime,
	isTimeZone,
	liveChatTime,
	momentInZone,
	wallClock,
} from '../../../nodes/LiveChat/shared/time';

describe('formatTime', () => {
	it('writes a moment as date and time in the time zone', () => {
		expect(formatTime('2026-11-30T09:00:05.123456Z', 'UTC')).toBe('2026-11-30 09:00:05');
		expect(formatTime('2026-11-30T09:00:05Z', 'Europe/Warsaw')).toBe('2026-11-30 10:00:05');
		expect(formatTime(Date.UTC(2026, 6, 1, 23, 30), 'Europe/Warsaw')).toBe('2026-07-02 01:30:00');
	});

	it('gives an empty text for no time, and a text that is no time as it is', () => {
		expect(formatTime(undefined, 'UTC')).toBe('');
		expect(formatTime('', 'UTC')).toBe('');
		expect(formatTime('yesterday', 'UTC')).toBe('yesterday');
	});
});

describe('liveChatTime', () => {
	it('writes a moment as LiveChat does: UTC with microseconds', () => {
		expect(liveChatTime(Date.UTC(2026, 11, 4, 10, 0, 0, 5))).toBe('2026-12-04T10:00:00.005000Z');
		expect(liveChatTime(new Date('2026-12-04T10:00:00Z'))).toBe('2026-12-04T10:00:00.000000Z');
	});
});

describe('wallClock', () => {
	it('gives the date and time a clock in the time zone shows, midnight as 00', () => {
		expect(wallClock(Date.parse('2026-11-01T04:30:05Z'), 'America/New_York')).toMatchObject({
			year: '2026',
			month: '11',
			day: '01',
			hour: '00',
			minute: '30',
			second: '05',
		});
		expect(wallClock(Date.parse('2026-11-01T23:00:00Z'), 'Europe/Warsaw')).toMatchObject({
			day: '02',
			hour: '00',
		});
	});
});

describe('momentInZone', () => {
	const iso = (text: string, timezone: string) =>
		new Date(momentInZone(text, timezone)).toISOString();

	it('keeps a given offset, whatever the time zone', () => {
		expect(iso('2026-11-01T00:00:00+02:00', 'Europe/Warsaw')).toBe('2026-10-31T22:00:00.000Z');
	});

	it('reads a date without an offset as wall time in the time zone, summer or winter', () => {
		expect(iso('2026-11-01T00:00:00', 'Europe/Warsaw')).toBe('2026-10-31T23:00:00.000Z');
		expect(iso('2026-11-01', 'Europe/Warsaw')).toBe('2026-10-31T23:00:00.000Z');
		expect(iso('2026-11-01 09:30', 'Europe/Warsaw')).toBe('2026-11-01T08:30:00.000Z');
		expect(iso('2026-07-01T12:00:00.250', 'Europe/Warsaw')).toBe('2026-07-01T10:00:00.250Z');
	});

	it('is right across the end and start of daylight saving time', () => {
		expect(iso('2026-11-01T00:00:00', 'America/New_York')).toBe('2026-11-01T04:00:00.000Z');
		expect(iso('2026-11-07T23:59:59', 'America/New_York')).toBe('2026-11-08T04:59:59.000Z');
		// The repeated hour is read as the later (standard time) one, the skipped one as after it.
		expect(iso('2026-11-01T01:30:00', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
		expect(iso('2026-03-08T02:30:00', 'America/New_York')).toBe('2026-03-08T06:30:00.000Z');
	});

	it('gives NaN for a text that is no date', () => {
		expect(momentInZone('yesterday-ish', 'UTC')).toBeNaN();
	});
});

describe('isTimeZone', () => {
	it('knows IANA time zones and nothing else', () => {
		expect(isTimeZone('Europe/Warsaw')).toBe(true);
		expect(isTimeZone('UTC')).toBe(true);
		expect(isTimeZone('Mars/Olympus')).toBe(false);
		expect(isTimeZone('')).toBe(false);
	});
});

describe('daysBetween', () => {
	const days = (from: string, to: string, timezone: string) => [
		...daysBetween(new Date(from), new Date(to), timezone),
	];

	it('lists every day of the range, both ends included', () => {
		expect(days('2026-11-01T00:00:00Z', '2026-11-03T00:00:00Z', 'UTC')).toEqual([
			'2026-11-01',
			'2026-11-02',
			'2026-11-03',
		]);
		expect(days('2026-11-01T12:00:00Z', '2026-11-01T12:00:00Z', 'UTC')).toEqual(['2026-11-01']);
	});

	it('labels days in the time zone, a 25-hour day once and none missing', () => {
		expect(days('2026-10-31T23:00:00Z', '2026-11-02T22:59:59Z', 'Europe/Warsaw')).toEqual([
			'2026-11-01',
			'2026-11-02',
		]);
		expect(days('2026-10-31T04:00:00Z', '2026-11-02T04:59:59Z', 'America/New_York')).toEqual([
			'2026-10-31',
			'2026-11-01',
		]);
	});
});
