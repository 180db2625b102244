import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { dictionaryModules } from '../i18n/dictionaries.ts';
import type { SiteSettings } from './settings.ts';

const settingsId = 'virtual:news-digest/settings';
const assetsId = 'virtual:news-digest/assets';

/**
 * The Vite plugin that hands the resolved settings to pages and browser code:
 * `virtual:news-digest/settings` exports `settings`, the language's `messages` (only that
 * dictionary reaches the browser) and `timeZone`, which browser code imports instead of the
 * settings, so that no build setting (a seeds path) reaches its bundle; `virtual:news-digest/assets`
 * exports the boilerplate file's text and the logo.
 */
export function virtualModules(settings: SiteSettings, root: string): Plugin {
  const dictionary = dictionaryModules[settings.lang];
  const dictionaryPath = join(import.meta.dirname, '../i18n', dictionary.file);
  return {
    name: 'news-digest-settings',
    resolveId: (id) => (id === settingsId || id === assetsId ? `\0${id}` : undefined),
    load(id) {
      if (id === `\0${settingsId}`)
        return [
          `export const settings = ${JSON.stringify(settings)};`,
          `export const timeZone = ${JSON.stringify(settings.timeZone)};`,
          `export { ${dictionary.name} as messages } from ${JSON.stringify(dictionaryPath)};`,
        ].join('\n');
      if (id !== `\0${assetsId}`) return undefined;
      const boilerplatePath = resolve(root, settings.boilerplate);
      this.addWatchFile(boilerplatePath);
      return [
        `export const boilerplateFile = ${JSON.stringify(relative(root, boilerplatePath))};`,
        `export const boilerplate = ${JSON.stringify(readBoilerplate(boilerplatePath, settings))};`,
        ...logoModule(settings, root),
      ].join('\n');
    },
  };
}

function readBoilerplate(path: string, settings: SiteSettings): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new Error(
      `The boilerplate file \`${settings.boilerplate}\` cannot be read, so no publisher boilerplate can be removed from article text. Create it, or set the \`boilerplate\` option to the file of patterns, for example \`boilerplate: 'boilerplate.json'\`.`,
    );
  }
}

// An image in `src/assets/` is imported, so Astro publishes it with a hashed name and knows its size;
// one in `public/` is served as it is, under the base path.
function logoModule({ logo, base }: SiteSettings, root: string): string[] {
  if (!logo) return ['export const logo = undefined;'];
  const file = logo.src.replace(/^\.\//, '');
  const alt = JSON.stringify(logo.alt);
  if (file.startsWith('public/'))
    return [`export const logo = { src: ${JSON.stringify(base + file.slice(7))}, alt: ${alt} };`];
  return [
    `import image from ${JSON.stringify(resolve(root, file))};`,
    `export const logo = { src: image.src, width: image.width, height: image.height, alt: ${alt} };`,
  ];
}
