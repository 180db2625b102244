import { z } from 'astro/zod';
import { defaultTimeZone, parseDate } from '../normalize/dates.ts';

const termListSchema = z.array(z.string().min(1));

// The fields of a record whose dates are read in a time zone (see `parseDate`).
function recordFieldsIn(timeZone: string) {
  return z.object({
    title: z
      .string({
        error: 'The record has no title. Add a title line, for example `标题: 大模型产业方兴未艾`.',
      })
      .min(
        1,
        'The title is empty. Write the headline after the label, for example `标题: 大模型产业方兴未艾`.',
      ),
    link: z
      .url({
        protocol: /^https?$/,
        hostname: z.regexes.hostname,
        error: (issue) =>
          `The link \`${String(issue.input)}\` is not an absolute http: or https: URL, so it cannot be published as a link. ` +
          'Write the full address of the original article, for example `链接: https://www.example.com/news/1.html`, or remove the line.',
      })
      .optional(),
    date: z
      .string()
      .transform((value, context) => {
        const date = parseDate(value, timeZone);
        if (date) return date;
        context.issues.push({
          code: 'custom',
          input: value,
          message: `The date \`${value}\` is not a date that can be read, so the article cannot be placed in time. Write it as \`2024-11-05\`, \`2024年11月5日\` or, with the time of day in the site's time zone (\`${timeZone}\`), \`2024-11-05 10:30\`, or remove the line.`,
        });
        return z.NEVER;
      })
      .optional(),
    text: z.string().min(1).optional(),
    keywords: termListSchema,
    aiTech: termListSchema,
    industries: termListSchema,
    events: z.string().min(1).optional(),
  });
}

/** The schema of a published article record whose dates are read in a time zone (see `parseDate`). */
export function recordSchemaIn(timeZone: string) {
  return recordFieldsIn(timeZone).refine(
    (record) => record.text !== undefined || record.events !== undefined,
    {
      path: ['text'],
      // Also report a missing body when other fields failed, so one run lists every problem.
      when: () => true,
      message:
        'The record has neither an article text nor an event summary, so there is nothing to publish. ' +
        'Add at least one of them, for example `总结: 文章正文……` or `重大事件摘要: 1. ……`.',
    },
  );
}

/** A published article record; its date is already a day once read, so the zone no longer matters. */
export const recordSchema = recordSchemaIn(defaultTimeZone);

/** A validated article record. */
export type ArticleRecord = z.output<typeof recordSchema>;

/**
 * A published article record as the content store holds it: without its text and event summary,
 * which are kept beside the store (see `ArticleTexts`), but saying whether it has an event summary.
 */
export const storedRecordSchema = recordFieldsIn(defaultTimeZone)
  .omit({ text: true, events: true })
  .extend({ hasEvents: z.boolean() });
