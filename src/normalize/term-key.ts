import { foldText } from './fold.ts';

/** The identity of a term: its folded text (full-width to half-width, lower case, spaces collapsed), trimmed. */
export function termKey(label: string): string {
  return foldText(label).trim();
}
