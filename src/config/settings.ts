import { dictionaries } from '../i18n/dictionaries.ts';
import type { TaxonomyKind } from '../taxonomy/kinds.ts';
import { readEnvOverrides } from './env.ts';
import { parseWithFriendlyErrors } from './friendly-errors.ts';
import type { NewsDigestConfig } from './options.ts';

/** Every setting of the site, resolved: the options, then the environment variables, then the language's defaults. */
export interface SiteSettings extends Omit<
  NewsDigestConfig,
  'description' | 'footer' | 'taxonomyNames'
> {
  description: string;
  footer: string;
  taxonomyNames: Record<TaxonomyKind, string>;
}

/**
 * Resolves the settings of a build from the integration's options and the environment: the
 * variables `SITE_URL`, `BASE_PATH`, `SEEDS_DIR`, `SEEDS_ON_ERROR` and `PAGE_SIZE` override the
 * options of the same meaning, and what the options leave out comes from the language's dictionary.
 */
export function resolveSettings(
  options: unknown,
  env: Record<string, string | undefined>,
): SiteSettings {
  const config = { ...parseWithFriendlyErrors(options), ...readEnvOverrides(env) };
  const messages = dictionaries[config.lang];
  return {
    ...config,
    description: config.description ?? messages.description,
    footer: config.footer ?? messages.footer,
    taxonomyNames: {
      tags: config.taxonomyNames.tags ?? messages.taxonomyNames.tags,
      industries: config.taxonomyNames.industries ?? messages.taxonomyNames.industries,
      tech: config.taxonomyNames.tech ?? messages.taxonomyNames.tech,
    },
  };
}
