import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { builds } from './site/built-site.ts';

// Makes every fixture build once, one after another (they share Astro's cache), before any test reads them.
export default async function buildSites(): Promise<void> {
  for (const site of Object.values(builds)) {
    rmSync(site.outDir, { recursive: true, force: true });
    try {
      const { stdout, stderr } = await promisify(execFile)('node_modules/.bin/astro', ['build', '--outDir', site.outDir], {
        env: { ...process.env, ...site.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
        maxBuffer: 64 * 1024 * 1024,
      });
      writeFileSync(site.log, stdout + stderr);
    } catch (error) {
      const { stdout, stderr } = error as { stdout: string; stderr: string };
      throw new Error(`astro build of the ${site.name} fixture site failed:\n${stdout}\n${stderr}`);
    }
  }
}
