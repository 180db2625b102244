import { resolve } from 'node:path';
import config from '../astro.config.ts';
import { newsDigestSettings } from '../src/config/news-digest.ts';
import { formatCounts, formatProblems, reportToJson } from '../src/records/format-report.ts';
import { readSeeds } from '../src/records/read-seeds.ts';
import { missingSeedsFolder } from '../src/records/seed-files.ts';

// Checks the seeds folder without building: prints the report and exits 1 when any record is bad,
// 2 when the folder or the settings are unusable.
async function validate(json: boolean): Promise<number> {
  const { seedsDir, timeZone } = newsDigestSettings(config);
  const missing = missingSeedsFolder(resolve(seedsDir), seedsDir);
  if (missing) throw new Error(missing);
  const report = await readSeeds(resolve(seedsDir), timeZone);
  if (json) {
    console.log(JSON.stringify(reportToJson(report), null, 2));
  } else {
    for (const line of formatProblems(report, seedsDir)) console.log(line);
    console.log(formatCounts(report));
  }
  return report.errors.length > 0 ? 1 : 0;
}

process.exitCode = await validate(process.argv.includes('--json')).catch((error: Error) => {
  console.error(error.message);
  return 2;
});
