import { fieldLabel, recordFields } from './fields.ts';
import type { ArticleRecord } from './record-schema.ts';

/** Prints a record in the canonical text format, the inverse of `parseTextRecord`. */
export function printRecord(record: ArticleRecord): string {
  const lines: string[] = [];
  for (const { key } of recordFields) {
    const value = record[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    lines.push(`${fieldLabel(key)}: ${Array.isArray(value) ? value.join(', ') : value}`);
  }
  return `${lines.join('\n')}\n`;
}
