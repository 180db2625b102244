import { defineCollection } from 'astro:content';
import { settings } from 'virtual:news-digest/settings';
import { seedLoader } from './loader/seed-loader.ts';

const { seedsDir, onError, timeZone } = settings;

/** Every published article, one per valid record file of the seeds folder. */
export const collections = {
  articles: defineCollection({ loader: seedLoader({ dir: seedsDir, onError, timeZone }) }),
};
