import type { RSSFeedItem } from '@astrojs/rss';
import { isoDateTime } from '../normalize/dates.ts';

/** What a feed shows of one article. */
export interface FeedEntry {
  title: string;
  link: string;
  /** The publication date from `parseDate`, when the record has one. */
  date?: string | undefined;
  /** The IANA time zone of the site, where a date without a time of day begins. */
  timeZone: string;
  /** HTML from `summaryTexts`. */
  description: string;
  categories: string[];
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
    pubDate: date ? new Date(isoDateTime(date, timeZone)) : undefined,
    categories,
  };
}
