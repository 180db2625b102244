import { fromMarkdown } from 'mdast-util-from-markdown';
import { excerpt } from './excerpt.ts';
import { dropListLeadIns } from './framing.ts';
import { plainTree } from './plain-markdown.ts';
import { renderFeedText, renderFeedTree } from './render-feed-html.ts';
import { readingUnits } from './reading-time.ts';
import { renderArticleText, renderMarkdownTree } from './render-markdown.ts';

const parse = (markdown: string) => plainTree(markdown) ?? fromMarkdown(markdown);

/** What pages and feeds show of an article besides its text, derived from its record alone. */
export interface SummaryTexts {
  /** The plain-text excerpt (see `excerpt`). */
  excerpt: string;
  /** The event summary without its list's lead-in (see `dropListLeadIns`) as safe HTML; absent when the record has none. */
  summaryHtml?: string;
  /** The description in feeds: that summary, else the excerpt as plain text, through the feed's stricter pipeline (see `renderFeedTree`). */
  feedHtml: string;
}

/**
 * The excerpt, summary and feed description of a record. Its event summary is parsed twice in all
 * (read line by line when it is plain, see `plainTree`): as written, for the excerpt and to find
 * its list's lead-in, and without that lead-in, for the page and the feed alike. The article text
 * is read (`text()`) only when the excerpt needs it.
 */
export function summaryTexts(
  events: string | undefined,
  text: () => string | undefined,
): SummaryTexts {
  if (events === undefined) {
    const short = excerpt(undefined, text);
    return { excerpt: short, feedHtml: renderFeedText(short) };
  }
  const tree = parse(events);
  const kept = parse(dropListLeadIns(events, tree));
  return {
    excerpt: excerpt(tree, text),
    // remark-rehype turns the Markdown tree into a new HTML tree and leaves it as it was, so both
    // pipelines run on the same one.
    summaryHtml: renderMarkdownTree(kept),
    feedHtml: renderFeedTree(kept),
  };
}

/** Everything the site derives from a record alone: its summary texts, and what its page shows of its text. */
export interface RecordTexts extends SummaryTexts, ArticleBody {}

/** What an article's page shows of its text: the text as safe HTML, and how long it takes to read. */
export interface ArticleBody {
  /** The article text as its page shows it (see `renderArticleText`); absent when the record has none. */
  textHtml?: string;
  /** What a reader takes in of the event summary and the text (see `readingUnits`). */
  readingUnits: number;
}

/** The summary texts of a record (see `summaryTexts`), its text as HTML and its reading units; the text is read once. */
export function recordTexts(
  events: string | undefined,
  text: () => string | undefined,
): RecordTexts {
  const body = text();
  const texts: RecordTexts = {
    ...summaryTexts(events, () => body),
    readingUnits: readingUnits(`${events ?? ''}${body ?? ''}`),
  };
  if (body !== undefined) texts.textHtml = renderArticleText(body);
  return texts;
}
