import type { RSSFeedItem } from '@astrojs/rss';
import { dropListLeadIns } from '../markdown/framing.ts';
import { renderFeedMarkdown, renderFeedText } from '../markdown/render-feed-html.ts';
import { isoDateTime } from '../normalize/dates.ts';

/** What a feed shows of one article. */
export interface FeedEntry {
  title: string;
  link: string;
  /** The publication date from `parseDate`, when the record has one. */
  date?: string | undefined;
  /** The IANA time zone of the site, where a date without a time of day begins. */
  timeZone: string;
  /** HTML from `feedDescription`. */
  description: string;
  categories: string[];
}

/**
 * The description of an article in a feed, as HTML that no feed reader can run or load anything from:
 * the event summary without its list's lead-in when the record has one, else the plain-text excerpt, both through
 * `renderFeedMarkdown`'s pipeline.
 */
export function feedDescription(events: string | undefined, excerpt: string): string {
  return events === undefined
    ? renderFeedText(excerpt)
    : renderFeedMarkdown(dropListLeadIns(events));
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
