// The file the `boilerplate` option names, read as text, not as a JSON module, so that a syntax
// error in it gets the message of `parsePatternFile` instead of the bundler's.
import { boilerplate, boilerplateFile } from 'virtual:news-digest/assets';
import { parsePatternFile } from './pattern-file.ts';

const format = {
  kind: 'boilerplate',
  lists: ['patterns'],
  flags: 'gmu',
  effect: 'remove anything',
  example: '`{ "patterns": ["举报\\\\s{0,8}/\\\\s{0,8}反馈\\\\s{0,8}$"] }`',
} as const;

/**
 * Reads the patterns of a boilerplate file; throws one message naming the file and every bad entry,
 * with the fix.
 */
export function parseBoilerplate(text: string, file: string): RegExp[] {
  return parsePatternFile(text, file, format).patterns;
}

/** The publisher-boilerplate patterns of the `boilerplate` file (`boilerplate.json`), which every match is removed from article text. */
export const boilerplatePatterns = parseBoilerplate(boilerplate, boilerplateFile);
