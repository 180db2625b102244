import { foldText } from '../normalize/fold.ts';

/** A piece of text with the ranges `[start, end)` of the words it matched. */
export interface Passage {
  text: string;
  marks: [number, number][];
}

// Characters a passage does not start with when it is cut out of a longer text.
const leadingPunctuation = /^[\s，。、；：！？,.;:!?）)」』”’]+/u;

/** Marks every occurrence of the words in a text, matched as the search matches them (folded). */
export function markWords(text: string, words: readonly string[]): [number, number][] {
  const folded: string[] = [];
  const origin: number[] = [];
  let offset = 0;
  for (const character of text) {
    for (const piece of foldText(character)) {
      folded.push(piece);
      origin.push(offset);
    }
    offset += character.length;
  }
  origin.push(text.length);
  const haystack = folded.join('');
  // Map a UTF-16 index of the folded text back to the original through the pieces' start indexes.
  const starts: number[] = [];
  folded.forEach((piece, index) => {
    for (let unit = 0; unit < piece.length; unit++) starts.push(index);
  });
  starts.push(folded.length);
  const marks: [number, number][] = [];
  for (const word of words) {
    const needle = foldText(word).trim();
    if (!needle) continue;
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      marks.push([origin[starts[at]!]!, origin[starts[at + needle.length - 1]! + 1]!]);
    }
  }
  return mergeRanges(marks);
}

/**
 * A passage of about `length` characters around the first match of the words in the fields, cut
 * with「…」where it is cut; the start of the first field when no word occurs in them.
 */
export function passageAround(
  fields: readonly string[],
  words: readonly string[],
  length = 110,
): Passage {
  const withMarks = fields.map((text) => ({ text, marks: markWords(text, words) }));
  const { text, marks } = withMarks.find((field) => field.marks.length > 0) ??
    withMarks[0] ?? { text: '', marks: [] };
  let start = Math.max(0, (marks[0]?.[0] ?? 0) - Math.floor(length / 4));
  if (start > 0) start += leadingPunctuation.exec(text.slice(start))?.[0].length ?? 0;
  if (start > 0 && isLowSurrogate(text, start)) start++;
  let end = Math.min(text.length, start + length);
  if (end < text.length && isLowSurrogate(text, end)) end++;
  const prefix = start > 0 ? '…' : '';
  const shift = prefix.length - start;
  return {
    text: `${prefix}${text.slice(start, end)}${end < text.length ? '…' : ''}`,
    marks: marks
      .filter(([from, to]) => from >= start && to <= end)
      .map(([from, to]) => [from + shift, to + shift]),
  };
}

function isLowSurrogate(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  return unit >= 0xdc00 && unit <= 0xdfff;
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const range of ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1])) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}
