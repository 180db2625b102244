const maxLength = 120;

/** A short plain-text excerpt: the first sentence of a text, cut at a readable length. */
export function excerpt(text: string): string {
  const plain = text.replace(/\s+/gu, ' ').trim();
  const sentence = /^.*?[。！？!?][”’」』）)]*/u.exec(plain)?.[0] ?? plain;
  return sentence.length > maxLength ? `${sentence.slice(0, maxLength)}…` : sentence;
}
