/** The time zone records are read in unless the site sets another: China's. */
export const defaultTimeZone = 'Asia/Shanghai';

// Formats are costly to make and a build shows thousands of dates: one a language, zone and style.
const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([locale, options]);
  let made = formats.get(key);
  if (!made) formats.set(key, (made = new Intl.DateTimeFormat(locale, options)));
  return made;
}

// The offset of a time zone from UTC at an instant, as ISO writes it: `+08:00`, `-05:00`, `+00:00`.
function offsetAt(instant: Date, timeZone: string): string {
  const name = format('en', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')!.value;
  return name === 'GMT' ? '+00:00' : name.slice(3);
}

function offsetMinutes(offset: string): number {
  const [hours, minutes] = offset.slice(1).split(':').map(Number);
  return (offset[0] === '-' ? -1 : 1) * (hours! * 60 + minutes!);
}

// An instant as the clock shows it in a time zone, with the offset there: `2024-11-05T10:30:00+08:00`.
function zonedDateTime(instant: Date, timeZone: string): string {
  // `sv-SE` writes `2024-11-05 10:30:00`, the ISO order, in every runtime.
  const clock = format('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
  return `${clock.replace(' ', 'T')}${offsetAt(instant, timeZone)}`;
}

// A wall-clock time in a time zone, `2024-11-05T10:30:00`, with its offset there; across a change of
// offset the offset after the change is taken.
function wallClock(local: string, timeZone: string): string {
  const asUtc = new Date(`${local}Z`).getTime();
  const guess = offsetAt(new Date(asUtc), timeZone);
  const offset = offsetAt(new Date(asUtc - offsetMinutes(guess) * 60_000), timeZone);
  return `${local}${offset}`;
}

/**
 * Reads a publication date as `YYYY-MM-DD`, or as `YYYY-MM-DDTHH:MM:SS±HH:MM` when it gives the time
 * of day: ISO dates and times (`2024-11-05`, `2024-11-05T08:00:00Z`), `2024/11/05`, `2024.11.05` and
 * Chinese dates (`2024年11月5日`), each with an optional time (`10:30`, `10:30:15`, `10时30分`).
 * A time with an offset is converted to `timeZone` (China's by default); one without is a time
 * there. Undefined when it is no real date or time.
 */
export function parseDate(value: string, timeZone = defaultTimeZone): string | undefined {
  const text = value.normalize('NFKC').trim();
  const timed = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.exec(
    text,
  );
  if (timed) {
    // `Date` rolls an impossible day over (`2024-02-30T…` is 1 March), so the written day is checked first.
    const instant = new Date(text);
    if (!calendarDate(timed) || Number.isNaN(instant.getTime())) return undefined;
    return zonedDateTime(instant, timeZone);
  }
  // Anything after a time (`北京时间`, a source name) is left unread, as scrapers add it.
  const match =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+(\d{1,2})[:：时](\d{1,2})(?:[:：分](\d{1,2}))?.*)?$/u.exec(
      text,
    );
  if (!match) return undefined;
  const date = calendarDate(match);
  if (!date || match[4] === undefined) return date;
  const clock = [match[4], match[5], match[6] ?? '0'].map(Number);
  if (clock[0]! > 23 || clock[1]! > 59 || clock[2]! > 59) return undefined;
  return wallClock(
    `${date}T${clock.map((part) => String(part).padStart(2, '0')).join(':')}`,
    timeZone,
  );
}

// The `YYYY-MM-DD` of the year, month and day captured by a date pattern; undefined when that day does not exist.
function calendarDate(match: RegExpExecArray): string | undefined {
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * A date from `parseDate` as a full ISO date and time with its offset, which feeds, sitemaps and
 * JSON-LD need: a date without a time stands for the start of its day in `timeZone`.
 */
export function isoDateTime(date: string, timeZone: string): string {
  return hasTime(date) ? date : wallClock(`${date}T00:00:00`, timeZone);
}

/**
 * Shows a date from `parseDate` in a language, in the site's time zone, with the time of day when it
 * has one: `2024年11月5日 10:30`, `November 5, 2024 at 10:30`.
 */
export function formatDate(date: string, lang: string, timeZone: string): string {
  const day = { timeZone, year: 'numeric', month: 'long', day: 'numeric' } as const;
  return (
    hasTime(date)
      ? format(lang, { ...day, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      : format(lang, day)
  ).format(new Date(isoDateTime(date, timeZone)));
}

function hasTime(date: string): boolean {
  return date.includes('T');
}

/** The day of a date from `parseDate` in the site's time zone, with or without a time: `YYYY-MM-DD`. */
export function dayOf(date: string): string {
  return date.slice(0, 10);
}

/**
 * Shows the day of a date from `parseDate` as a day heading in a language, with the year when
 * asked: `heading` puts the day and its weekday in the language's order, `12月30日 周一` or
 * `Mon, December 30` (`2023年12月30日 周六`).
 */
export function formatDay(
  date: string,
  lang: string,
  timeZone: string,
  heading: (day: string, weekday: string) => string,
  withYear = false,
): string {
  const instant = new Date(isoDateTime(date, timeZone));
  const day = format(lang, {
    timeZone,
    ...(withYear && { year: 'numeric' }),
    month: 'long',
    day: 'numeric',
  }).format(instant);
  return heading(day, format(lang, { timeZone, weekday: 'short' }).format(instant));
}
