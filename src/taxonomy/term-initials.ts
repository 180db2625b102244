// Chinese collation (CLDR's pinyin order, built into the platform's Intl) sorts Han characters by
// pinyin and marks where each initial begins with a boundary string, U+FDD0 and the letter, the
// marks ICU's alphabetic index uses. No pinyin syllable begins with I, U or V.
const collator = new Intl.Collator('zh-CN');
const hanInitials = [...'ABCDEFGHJKLMNOPQRSTWXYZ'];
const boundaries = hanInitials.map((letter) => `\uFDD0${letter}`);

/** The headings of an index by name, in order: `A` to `Z`, then `#` for names that begin with neither a Latin letter nor a Chinese character. */
export const initials = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#'] as const;

/** A heading of an index by name. */
export type Initial = (typeof initials)[number];

/** The heading a name is listed under: its first Latin letter, or the initial of its first Chinese character's pinyin, else `#`. */
export function nameInitial(name: string): Initial {
  const first = [...name.normalize('NFKC').trimStart()][0] ?? '';
  // `É` is listed under `E`: the letter without its accents.
  const letter = first.normalize('NFD')[0]?.toUpperCase();
  if (letter && letter >= 'A' && letter <= 'Z') return letter as Initial;
  if (!/\p{Script=Han}/u.test(first)) return '#';
  const after = boundaries.findIndex((boundary) => collator.compare(boundary, first) > 0);
  const index = after === -1 ? boundaries.length - 1 : after - 1;
  return index < 0 ? '#' : (hanInitials[index] as Initial);
}

/** Terms in the order Chinese readers look names up (Chinese by pinyin), grouped under their initials, `A` to `Z` then `#`; initials without terms are left out. */
export function groupByInitial<T extends { label: string }>(
  terms: readonly T[],
): { initial: Initial; terms: T[] }[] {
  const sorted = [...terms].sort((a, b) => collator.compare(a.label, b.label));
  const groups = new Map<Initial, T[]>(initials.map((initial) => [initial, []]));
  for (const term of sorted) groups.get(nameInitial(term.label))!.push(term);
  return [...groups]
    .filter(([, members]) => members.length > 0)
    .map(([initial, members]) => ({ initial, terms: members }));
}
