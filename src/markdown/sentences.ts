const opening = '“‘「『（(《';
const closing = '”’」』）)》';
const ends = '。！？!?';
// Only these characters decide anything: the scan jumps from one to the next.
const marks = new RegExp(`[${opening}${closing}${ends}]`, 'g');

/**
 * Splits text into sentences at `。！？` (and `…` runs), keeping closing quotes with their sentence and
 * never splitting inside quotes or brackets, so quoted speech and titles stay whole.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let depth = 0;
  let start = 0;
  marks.lastIndex = 0;
  for (let mark = marks.exec(text); mark; mark = marks.exec(text)) {
    const char = mark[0];
    if (opening.includes(char)) depth++;
    else if (closing.includes(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      let end = mark.index + 1;
      while (end < text.length && (closing.includes(text[end]!) || ends.includes(text[end]!)))
        end++;
      sentences.push(text.slice(start, end));
      start = marks.lastIndex = end;
    }
  }
  if (start < text.length) sentences.push(text.slice(start));
  return sentences.filter((sentence) => sentence.trim() !== '');
}
