const opening = '“‘「『（(《';
const closing = '”’」』）)》';

/**
 * Splits text into sentences at `。！？` (and `…` runs), keeping closing quotes with their sentence and
 * never splitting inside quotes or brackets, so quoted speech and titles stay whole.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (opening.includes(char)) depth++;
    else if (closing.includes(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && '。！？!?'.includes(char)) {
      let end = index + 1;
      while (end < text.length && (closing.includes(text[end]!) || '。！？!?'.includes(text[end]!)))
        end++;
      sentences.push(text.slice(start, end));
      start = end;
      index = end - 1;
    }
  }
  if (start < text.length) sentences.push(text.slice(start));
  return sentences.filter((sentence) => sentence.trim() !== '');
}
