import { isoDateTime } from '../normalize/dates.ts';
import type { ArticleRecord } from '../records/record-schema.ts';

/**
 * The schema.org `NewsArticle` of an article page in the site's language; `isBasedOn` names the
 * original report, `datePublished` is a time with its offset in the site's time zone.
 */
export function newsArticleJsonLd(
  record: Pick<ArticleRecord, 'title' | 'link' | 'date'>,
  url: string,
  keywords: string[],
  description: string,
  { lang, timeZone }: { lang: string; timeZone: string },
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: record.title,
    description,
    url,
    mainEntityOfPage: url,
    inLanguage: lang,
    keywords,
    ...(record.link && { isBasedOn: record.link }),
    ...(record.date && { datePublished: isoDateTime(record.date, timeZone) }),
  };
}

/** JSON for a `<script>` element: characters that could end the element or confuse the HTML parser are escaped. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
