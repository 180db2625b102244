/** The time zone records are read in unless the site sets another: China's. */
export const defaultTimeZone = 'Asia/Shanghai';

// `en-CA` writes a date as `YYYY-MM-DD`.
const isoDates = new Map<string, Intl.DateTimeFormat>();
function isoDate(instant: Date, timeZone: string): string {
  let format = isoDates.get(timeZone);
  if (!format)
    isoDates.set(
      timeZone,
      (format = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      })),
    );
  return format.format(instant);
}

/**
 * Reads a publication date as `YYYY-MM-DD`: ISO dates and times (`2024-11-05`, `2024-11-05T08:00:00Z`),
 * `2024/11/05`, `2024.11.05` and Chinese dates (`2024年11月5日`, with an optional time after them).
 * A time with an offset is converted to the date in `timeZone` (China's by default). Undefined when it is no real date.
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
    return isoDate(instant, timeZone);
  }
  const match =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}[:：时]\d{1,2}.*)?$/u.exec(
      text,
    );
  return match ? calendarDate(match) : undefined;
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

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Shows a `YYYY-MM-DD` date in a language: `2024年11月5日`, `November 5, 2024`. The date is
 * already the day in the site's time zone, so it is formatted as that calendar day.
 */
export function formatDate(date: string, lang: string): string {
  let format = dateFormats.get(lang);
  if (!format)
    dateFormats.set(
      lang,
      (format = new Intl.DateTimeFormat(lang, {
        timeZone: 'UTC',
        year: 'numeric',
        month: 'long',
        day: 'numeric',
      })),
    );
  return format.format(new Date(`${date}T00:00:00Z`));
}
