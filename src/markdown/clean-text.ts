import { z } from 'astro/zod';
import boilerplate from '../../boilerplate.json' with { type: 'json' };
import { splitSentences } from './sentences.ts';

const patternsSchema = z.object({
  patterns: z.array(
    z.string().refine((source) => {
      try {
        new RegExp(source, 'u');
        return true;
      } catch {
        return false;
      }
    }, 'is not a valid regular expression'),
  ),
});

const result = patternsSchema.safeParse(boilerplate);
if (!result.success) {
  throw new Error(`boilerplate.json is invalid: ${z.prettifyError(result.error)}. Fix the pattern, for example \`"举报\\\\s*/\\\\s*反馈\\\\s*$"\`.`);
}

/** The publisher-boilerplate patterns of `boilerplate.json`. */
export const boilerplatePatterns = result.data.patterns.map((source) => new RegExp(source, 'gmu'));

// A repeated sentence shorter than this is more likely a real echo ("是的。") than a pasted trailer.
const minRepeatedLength = 8;

/** Removes publisher boilerplate and every exact repeat of an earlier sentence, keeping paragraph breaks. */
export function cleanText(text: string, patterns: readonly RegExp[] = boilerplatePatterns): string {
  let cleaned = text.replace(/\r\n?/g, '\n');
  for (const pattern of patterns) cleaned = cleaned.replace(pattern, '');
  const seen = new Set<string>();
  return cleaned
    .split(/\n{2,}/)
    .map((paragraph) =>
      splitSentences(paragraph)
        .filter((sentence) => {
          const key = sentence.trim();
          if (key.length < minRepeatedLength) return true;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        })
        .join(''),
    )
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}
