import { z } from 'astro/zod';
import { languages } from '../i18n/messages.ts';
import { defaultTimeZone } from '../normalize/dates.ts';

const taxonomies = ['tags', 'industries', 'tech'] as const;

/** What a bad record does: `fail` stops the build, `skip` publishes the valid records and warns. Default `fail`. */
export const onErrorSchema = z.enum(['fail', 'skip']).default('fail');

/** The settings that environment variables override, without their defaults. */
export const overridableSchemas = {
  /** The site's public origin, `http:` or `https:`. */
  site: z.url({ protocol: /^https?$/ }),
  /** The path the site is served under, written with one leading and one trailing slash. */
  base: z.string().transform((path) => {
    const segments = path.split('/').filter(Boolean);
    return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
  }),
  /** The folder of record files, absolute or relative to the project root. */
  seedsDir: z.string().min(1),
  /** `fail` or `skip`. */
  onError: onErrorSchema.unwrap(),
  /** A whole number of articles from 1 to 500. */
  pageSize: z.coerce.number().int().min(1).max(500),
  /** A whole number of threads from 1 to 64. */
  renderThreads: z.coerce.number().int().min(1).max(64),
};

const timeZoneSchema = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'is not a time zone of the IANA database');

const linkSchema = z
  .object({
    /** The text of the link. */
    label: z.string().min(1),
    /** An absolute `http:`/`https:` URL, or a path inside the site starting with `/` (the base path is added). */
    href: z.union([z.url({ protocol: /^https?$/ }), z.string().regex(/^\/(?!\/)/)]),
  })
  .strict();

/** The options of the `newsDigest` integration: every setting a publisher changes, each with its default. */
export const newsDigestOptionsSchema = z
  .object({
    /** The site's name, in every page title, the header, the feeds and the metadata. Default `'AI 行业新闻摘要'`. */
    title: z.string().min(1).default('AI 行业新闻摘要'),
    /** One sentence about the site, for search engines and the site feed. Default: the language's (`每日精选人工智能产业资讯。`). */
    description: z.string().min(1).optional(),
    /** The interface language, `zh-CN` or `en`: every interface string, dates, reading time and search follow it. Default `'zh-CN'`. */
    lang: z.enum(languages).default('zh-CN'),
    /** The IANA time zone that record dates and times belong to, and that dates are shown in. Default `'Asia/Shanghai'`. */
    timeZone: timeZoneSchema.default(defaultTimeZone),
    /** An image shown before the site name in the header: a file in `src/assets/` or `public/`, with its alt text. Default: none. */
    logo: z
      .object({
        /** The image file, relative to the project root (`./src/assets/logo.svg` or `./public/logo.svg`). */
        src: z.string().regex(/^(\.\/)?(src\/assets|public)\/[^/]/),
        /** What the image says, for readers who cannot see it; empty when the site name beside it says it all. */
        alt: z.string(),
      })
      .strict()
      .optional(),
    /** The header navigation in order: a taxonomy (`tags`, `industries`, `tech`) or a link `{ label, href }`. Default `['tags', 'industries', 'tech']`. */
    nav: z.array(z.union([z.enum(taxonomies), linkSchema])).default(['tags', 'industries', 'tech']),
    /** The taxonomies' names, shown in the navigation, headings, filters and feeds. Default: the language's (`关键词`, `行业`, `AI 技术`). */
    taxonomyNames: z
      .object({
        /** The keywords' name. */
        tags: z.string().min(1).optional(),
        /** The industries' name. */
        industries: z.string().min(1).optional(),
        /** The AI technologies' name. */
        tech: z.string().min(1).optional(),
      })
      .strict()
      .default({}),
    /** The notice in the footer, after the site name. Default: the language's (`摘要由新闻记录自动生成，原文版权归原作者所有。`). */
    footer: z.string().min(1).optional(),
    /** The site's public origin, for canonical links, feeds and the sitemap; `SITE_URL` overrides it. Default `'http://localhost:4321'`. */
    site: overridableSchemas.site.default('http://localhost:4321'),
    /** The path the site is served under; `BASE_PATH` overrides it. Default `'/'`. */
    base: overridableSchemas.base.default('/'),
    /** The folder of record files, absolute or relative to the project root; `SEEDS_DIR` overrides it. Default `'seeds'`. */
    seedsDir: overridableSchemas.seedsDir.default('seeds'),
    /** `fail` stops the build on any bad record, `skip` publishes the valid ones and warns; `SEEDS_ON_ERROR` overrides it. Default `'fail'`. */
    onError: onErrorSchema,
    /** Articles on a numbered page of the home, term and month lists, counted from the oldest; the first page holds the newest rest. `PAGE_SIZE` overrides it. Default `20`. */
    pageSize: overridableSchemas.pageSize.default(20),
    /** Articles in each RSS feed, the latest first. Default `50`. */
    feedSize: z.number().int().min(1).max(1000).default(50),
    /** Related articles under an article. Default `5`. */
    relatedCount: z.number().int().min(0).max(50).default(5),
    /** The JSON file of patterns removed from article text, relative to the project root. Default `'boilerplate.json'`. */
    boilerplate: z.string().min(1).default('boilerplate.json'),
    /** The size in bytes a search-index file of article lists aims at; files of positions aim at twice as much. Default `8192`. */
    searchFileBytes: z
      .number()
      .int()
      .min(1024)
      .max(1024 * 1024)
      .default(8192),
    /**
     * The most articles one part of the search index holds. The index is cut into parts of a little
     * under half this size on average, at points that stay put as records come and go, so that a
     * day's new records build one part again, not the whole index; a query fetches its files from
     * every part, so fewer parts make faster queries. Default `20000`.
     */
    searchPartArticles: z.number().int().min(1).default(20000),
    /**
     * Threads that render pages: the main thread and `renderThreads - 1` worker threads, each of
     * which holds its own copy of the site's data. `RENDER_THREADS` overrides it. Default: two on a
     * machine of two cores or more, else one.
     */
    renderThreads: overridableSchemas.renderThreads.optional(),
  })
  .strict();

/** The options as written in `astro.config.ts`. */
export type NewsDigestOptions = z.input<typeof newsDigestOptionsSchema>;

/** The options with every default filled in. */
export type NewsDigestConfig = z.output<typeof newsDigestOptionsSchema>;
