import { messages } from './settings.ts';

// The interface text of the hubs, the month archives and the overview, from the site's dictionary.
const { formatMonth, trendReading, countTitle } = messages.hub;

export {
  /** Shows a `YYYY-MM` month: `2024年12月`. */
  formatMonth,
  /** The one-line reading of a trend: `近 3 个月 42 篇，较前 3 个月 +35%`. */
  trendReading,
  /** The title of a bar or a cell: what it counts, in words. */
  countTitle,
};

/** Headings, captions and sentences of the hubs, the archives and the overview. */
export const hubText = messages.hub;
