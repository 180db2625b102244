import type { RSSFeedItem } from '@astrojs/rss';
import { renderFeedMarkdown, renderFeedText } from '../markdown/render-feed-html.ts';

/** What a feed shows of one article. */
export interface FeedEntry {
  title: string;
  link: string;
  /** The publication date, `YYYY-MM-DD`, when the record has one. */
  date?: string | undefined;
  /** The IANA time zone the date is a day of. */
  timeZone: string;
  /** HTML from `feedDescription`. */
  description: string;
  categories: string[];
}

/**
 * The description of an article in a feed, as HTML that no feed reader can run or load anything from:
 * the event summary when the record has one, else the plain-text excerpt, both through `renderFeedMarkdown`'s pipeline.
 */
export function feedDescription(events: string | undefined, excerpt: string): string {
  return events === undefined ? renderFeedText(excerpt) : renderFeedMarkdown(events);
}

/** The RSS item of an article. */
export function feedItem({
  title,
  link,
  date,
  timeZone,
  description,
  categories,
}: FeedEntry): RSSFeedItem {
  return {
    title,
    link,
    description,
    pubDate: date ? startOfDay(date, timeZone) : undefined,
    categories,
  };
}

/** The instant a `YYYY-MM-DD` day begins in a time zone (`2024-11-05` in `Asia/Shanghai` is 16:00 UTC the day before). */
export function startOfDay(date: string, timeZone: string): Date {
  const midnightUtc = new Date(`${date}T00:00:00Z`);
  // The zone's offset from UTC at that moment, as `GMT+08:00`, `GMT-05:00` or `GMT`; near a change of
  // offset at midnight the offset of UTC midnight is close enough for a feed.
  const offset = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(midnightUtc)
    .find((part) => part.type === 'timeZoneName')!.value;
  const [, sign, hours, minutes] = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(offset)!;
  const shift = sign ? (sign === '+' ? 1 : -1) * (Number(hours) * 60 + Number(minutes)) : 0;
  return new Date(midnightUtc.getTime() - shift * 60_000);
}
