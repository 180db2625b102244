import { z } from 'astro/zod';
import { overridableSchemas } from './options.ts';

// The variables override the options of the same meaning; an unset or empty variable leaves its option.
const envSchema = z.object(overridableSchemas).partial();

/** The settings that environment variables override: only those whose variable is set. */
export type EnvOverrides = {
  [Key in keyof z.output<typeof envSchema>]?: Exclude<z.output<typeof envSchema>[Key], undefined>;
};

// The variable behind each setting, what a refused value means and how to set it right.
const variables = {
  seedsDir: {
    name: 'SEEDS_DIR',
    problem: 'names no folder',
    fix: 'Set it to the folder of record files, for example `SEEDS_DIR=seeds`.',
  },
  site: {
    name: 'SITE_URL',
    problem:
      'is not an absolute http: or https: URL, so canonical links, feeds and the sitemap cannot point at the site',
    fix: 'Set it to the public origin of the site, for example `SITE_URL=https://news.example.com`.',
  },
  base: {
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
  renderThreads: {
    name: 'RENDER_THREADS',
    problem: 'is not a whole number from 1 to 64, so it is unclear how many threads render pages',
    fix: 'Set it to the number of threads, for example `RENDER_THREADS=2`, or `RENDER_THREADS=1` to render on the main thread alone.',
  },
} as const;

/** Reads the settings that environment variables override, failing with the variable's name. */
export function readEnvOverrides(env: Record<string, string | undefined>): EnvOverrides {
  const result = envSchema.safeParse({
    seedsDir: env.SEEDS_DIR || undefined,
    site: env.SITE_URL || undefined,
    base: env.BASE_PATH || undefined,
    onError: env.SEEDS_ON_ERROR || undefined,
    pageSize: env.PAGE_SIZE || undefined,
    renderThreads: env.RENDER_THREADS || undefined,
  });
  if (result.success)
    return Object.fromEntries(
      Object.entries(result.data).filter(([, value]) => value !== undefined),
    ) as EnvOverrides;
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
