import { boilerplatePatterns } from './boilerplate.ts';
import { splitSentences } from './sentences.ts';

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
