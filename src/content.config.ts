import { defineCollection } from 'astro:content';
import { siteConfig } from './config.ts';
import { seedLoader } from './loader/seed-loader.ts';

const { seedsDir, onError } = siteConfig();

/** Every published article, one per valid record file of the seeds folder. */
export const collections = {
  articles: defineCollection({ loader: seedLoader({ dir: seedsDir, onError }) }),
};
