const han = /\p{Script=Han}/u;
const latinOrDigit = /[\p{Script=Latin}\p{Nd}]/u;

/**
 * A template of interface text with a space wherever a Chinese character and a Latin letter or digit
 * meet at a joint between the text and an inserted value (spaceScripts`全部${'AI 技术'}` is `全部 AI 技术`);
 * the text and the values are otherwise left as they are, so a term such as `AI芯片` keeps its spelling.
 */
export function spaceScripts(
  strings: TemplateStringsArray,
  ...values: (string | number)[]
): string {
  // A template has one more string than values.
  return values.reduce<string>(
    (text, value, index) => joinSpaced(joinSpaced(text, String(value)), strings[index + 1]!),
    strings[0]!,
  );
}

function joinSpaced(left: string, right: string): string {
  const before = [...left].at(-1) ?? '';
  const after = [...right][0] ?? '';
  const mixed =
    (han.test(before) && latinOrDigit.test(after)) ||
    (latinOrDigit.test(before) && han.test(after));
  return mixed ? `${left} ${right}` : left + right;
}
