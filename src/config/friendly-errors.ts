import { AstroError } from 'astro/errors';
import type { z } from 'astro/zod';
import { newsDigestOptionsSchema, type NewsDigestConfig } from './options.ts';

type Option = keyof typeof newsDigestOptionsSchema.shape;

// A valid value of each option, as a publisher would write it in `astro.config.ts`.
const examples: Record<Option, string> = {
  title: "title: '开源情报周刊'",
  description: "description: '每日精选人工智能产业资讯。'",
  lang: "lang: 'en'",
  timeZone: "timeZone: 'Europe/Berlin'",
  logo: "logo: { src: './src/assets/logo.svg', alt: '' }",
  nav: "nav: ['industries', 'tech', 'tags', { label: 'About', href: '/about/' }]",
  taxonomyNames: "taxonomyNames: { tech: 'AI 技术方向' }",
  footer: "footer: '转载请注明出处。'",
  site: "site: 'https://news.example.com'",
  base: "base: '/news/'",
  seedsDir: "seedsDir: 'seeds'",
  onError: "onError: 'skip'",
  pageSize: 'pageSize: 20',
  feedSize: 'feedSize: 50',
  relatedCount: 'relatedCount: 5',
  boilerplate: "boilerplate: 'boilerplate.json'",
  searchFileBytes: 'searchFileBytes: 8192',
  searchPartArticles: 'searchPartArticles: 20000',
  renderThreads: 'renderThreads: 2',
};

const options = Object.keys(examples) as Option[];

/**
 * Checks the options of the `newsDigest` integration and fills in their defaults, or throws one
 * Astro error that lists every problem by the option's path, says what is wrong and shows a valid
 * value, with no stack trace.
 */
export function parseWithFriendlyErrors(input: unknown): NewsDigestConfig {
  const result = newsDigestOptionsSchema.safeParse(input);
  if (result.success) return result.data;
  throw optionsError(result.error.issues.flatMap((issue) => describeIssue(issue, input)));
}

/** The Astro error of bad `newsDigest` options: one line a problem, with the fix, and no stack trace. */
export function optionsError(problems: string[]): AstroError {
  const error = new AstroError(
    `Invalid \`newsDigest\` options in astro.config.ts:\n${problems.map((line) => `- ${line}`).join('\n')}`,
    'Fix the options named above in the `newsDigest({ … })` call of astro.config.ts; README.md, "Make it yours", describes each of them.',
  );
  // A configuration mistake is the publisher's to fix, not a bug: no stack trace.
  error.stack = '';
  return error;
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string[] {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    const known = path.length === 0 ? options : undefined;
    return issue.keys.map((key) => {
      const name = [...path, key].join('.');
      const accepted = known ? ` The options are ${known.map((k) => `\`${k}\``).join(', ')}.` : '';
      const near = known?.find((option) => sameLetters(option, key));
      const hint = near ? ` Did you mean \`${near}\`? For example \`${examples[near]}\`.` : '';
      return `\`${name}\` is not an option, so it would be ignored.${hint}${accepted}`;
    });
  }
  const name = path.join('.') || 'options';
  const value = valueAt(input, issue.path);
  const example = examples[path[0] as Option] as string | undefined;
  const shown = value === undefined ? 'is missing' : `\`${JSON.stringify(value)}\` is not valid`;
  return [
    `\`${name}\`: ${shown}: ${issue.message}.${example ? ` For example \`${example}\`.` : ''}`,
  ];
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    input,
  );
}

// A misspelling keeps the letters: `titel` for `title`, `pagesize` for `pageSize`.
function sameLetters(option: string, key: string): boolean {
  const letters = (text: string) => [...text.toLowerCase()].sort().join('');
  return letters(option) === letters(key);
}
