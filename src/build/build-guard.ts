import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { userError } from '../user-error.ts';
import { takeBuildLock, type BuildLock } from './build-lock.ts';

/**
 * An integration that keeps two builds from writing the same output or cache folder at once: a
 * build takes the lock of both before it writes anything, and a second build stops at once.
 */
export function buildGuard(): AstroIntegration {
  let lock: BuildLock | undefined;
  return {
    name: 'news-digest:build-guard',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        const folders = [fileURLToPath(config.outDir), fileURLToPath(config.cacheDir)];
        try {
          lock = takeBuildLock(folders, fileURLToPath(config.root));
        } catch (error) {
          throw userError((error as Error).message);
        }
        // A build that fails exits without reaching `astro:build:done`; the lock goes with it.
        process.once('exit', lock.release);
      },
      'astro:build:done': () => lock?.release(),
    },
  };
}
