import { z } from 'astro/zod';

/** What a bad record does: `fail` stops the build, `skip` publishes the valid records and warns. Default `fail`. */
export const onErrorSchema = z.enum(['fail', 'skip']).default('fail');

/** Site settings read from the environment; every field documents its variable and default. */
export const siteConfigSchema = z.object({
  /** `SEEDS_DIR`: folder of record files, absolute or relative to the project root. Default `seeds`. */
  seedsDir: z.string().min(1).default('seeds'),
  /** `SITE_URL`: public origin used for absolute links. Default `http://localhost:4321`. */
  siteUrl: z.url({ protocol: /^https?$/ }).default('http://localhost:4321'),
  /** `BASE_PATH`: path the site is served under, with leading and trailing slash. Default `/`. */
  basePath: z
    .string()
    .default('/')
    .transform((path) => {
      const segments = path.split('/').filter(Boolean);
      return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
    }),
  /** `SEEDS_ON_ERROR`: `fail` stops the build on a bad record, `skip` builds the rest. Default `fail`. */
  onError: onErrorSchema,
  /** `PAGE_SIZE`: articles per page on the home page and term pages. Default `20`. */
  pageSize: z.coerce.number().int().min(1).max(500).default(20),
});

/** The validated site settings. */
export type SiteConfig = z.output<typeof siteConfigSchema>;

// The variable behind each setting, what a refused value means and how to set it right.
const variables = {
  seedsDir: {
    name: 'SEEDS_DIR',
    problem: 'names no folder',
    fix: 'Set it to the folder of record files, for example `SEEDS_DIR=seeds`.',
  },
  siteUrl: {
    name: 'SITE_URL',
    problem:
      'is not an absolute http: or https: URL, so canonical links, feeds and the sitemap cannot point at the site',
    fix: 'Set it to the public origin of the site, for example `SITE_URL=https://news.example.com`.',
  },
  basePath: {
    name: 'BASE_PATH',
    problem: 'is not a path',
    fix: 'Set it to the path the site is served under, for example `BASE_PATH=/news/`.',
  },
  onError: {
    name: 'SEEDS_ON_ERROR',
    problem:
      'is neither `fail` nor `skip`, so it is unclear what a bad record should do to the build',
    fix: 'Set it to `fail` or `skip`, for example `SEEDS_ON_ERROR=skip`.',
  },
  pageSize: {
    name: 'PAGE_SIZE',
    problem: 'is not a whole number from 1 to 500, so the article lists cannot be cut into pages',
    fix: 'Set it to the number of articles a page, for example `PAGE_SIZE=20`.',
  },
} as const;

/** Reads the site settings from environment variables, failing with the variable's name. */
export function readSiteConfig(env: Record<string, string | undefined> = process.env): SiteConfig {
  const result = siteConfigSchema.safeParse({
    seedsDir: env.SEEDS_DIR || undefined,
    siteUrl: env.SITE_URL || undefined,
    basePath: env.BASE_PATH || undefined,
    onError: env.SEEDS_ON_ERROR || undefined,
    pageSize: env.PAGE_SIZE || undefined,
  });
  if (result.success) return result.data;
  // One line a variable, even when its value breaks several rules.
  const settings = new Set(
    result.error.issues.map((issue) => issue.path[0] as keyof typeof variables),
  );
  const lines = [...settings].map((setting) => {
    const { name, problem, fix } = variables[setting];
    return `\`${name}=${env[name]}\` ${problem}. ${fix}`;
  });
  throw new Error(lines.join('\n'));
}

// Every module reads the settings from here, so the environment is parsed once per run.
let current: SiteConfig | undefined;

/** The site settings of this run: the environment is read and checked on first use, then kept. */
export function siteConfig(): SiteConfig {
  current ??= readSiteConfig();
  return current;
}
