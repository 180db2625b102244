import { z } from 'astro/zod';

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
  onError: z.enum(['fail', 'skip']).default('fail'),
  /** `PAGE_SIZE`: articles per page on the home page and term pages. Default `20`. */
  pageSize: z.coerce.number().int().min(1).max(500).default(20),
});

/** The validated site settings. */
export type SiteConfig = z.output<typeof siteConfigSchema>;

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
  const variables: Record<string, string> = {
    seedsDir: 'SEEDS_DIR',
    siteUrl: 'SITE_URL',
    basePath: 'BASE_PATH',
    onError: 'SEEDS_ON_ERROR',
    pageSize: 'PAGE_SIZE',
  };
  const lines = result.error.issues.map(
    (issue) => `\`${variables[String(issue.path[0])]}\` is invalid: ${issue.message}.`,
  );
  throw new Error(lines.join('\n'));
}
