// Records are written in China: a date or time without an offset is China time (UTC+8, no summer time).
const chinaOffset = '+08:00';
const timeZone = 'Asia/Shanghai';

// `sv-SE` writes `2024-11-05 10:30:00`, the ISO order, in every runtime.
const chinaClock = new Intl.DateTimeFormat('sv-SE', {
  timeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});
const chineseDay = new Intl.DateTimeFormat('zh-CN', {
  timeZone,
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});
const chineseDayAndTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone,
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const chineseMonthDay = new Intl.DateTimeFormat('zh-CN', {
  timeZone,
  month: 'long',
  day: 'numeric',
});
const chineseWeekday = new Intl.DateTimeFormat('zh-CN', { timeZone, weekday: 'short' });

/**
 * Reads a publication date as `YYYY-MM-DD`, or as `YYYY-MM-DDTHH:MM:SS+08:00` when it gives the time
 * of day: ISO dates and times (`2024-11-05`, `2024-11-05T08:00:00Z`), `2024/11/05`, `2024.11.05` and
 * Chinese dates (`2024年11月5日`), each with an optional time (`10:30`, `10:30:15`, `10时30分`).
 * A time with an offset is converted to China time; one without is China time. Undefined when it is
 * no real date or time.
 */
export function parseDate(value: string): string | undefined {
  const text = value.normalize('NFKC').trim();
  const timed = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.exec(
    text,
  );
  if (timed) {
    // `Date` rolls an impossible day over (`2024-02-30T…` is 1 March), so the written day is checked first.
    const instant = new Date(text);
    if (!calendarDate(timed) || Number.isNaN(instant.getTime())) return undefined;
    return `${chinaClock.format(instant).replace(' ', 'T')}${chinaOffset}`;
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
  return `${date}T${clock.map((part) => String(part).padStart(2, '0')).join(':')}${chinaOffset}`;
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
 * JSON-LD need: a date without a time stands for the start of its day in China.
 */
export function isoDateTime(date: string): string {
  return hasTime(date) ? date : `${date}T00:00:00${chinaOffset}`;
}

/** Shows a date from `parseDate` the Chinese way, with the time of day when it has one: `2024年11月5日 10:30`. */
export function formatDate(date: string): string {
  return (hasTime(date) ? chineseDayAndTime : chineseDay).format(new Date(isoDateTime(date)));
}

function hasTime(date: string): boolean {
  return date.includes('T');
}

/** The day in China of a date from `parseDate`, with or without a time: `YYYY-MM-DD`. */
export function dayOf(date: string): string {
  return date.slice(0, 10);
}

/** Shows the day of a date from `parseDate` as a day heading, `12月30日 周一`, with the year in front when asked (`2023年12月30日 周六`). */
export function formatDay(date: string, withYear = false): string {
  const instant = new Date(isoDateTime(date));
  return `${(withYear ? chineseDay : chineseMonthDay).format(instant)} ${chineseWeekday.format(instant)}`;
}
