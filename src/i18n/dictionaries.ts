import { en } from './en.ts';
import type { Language, Messages } from './messages.ts';
import { zhCN } from './zh-cn.ts';

/** The dictionary of each interface language. */
export const dictionaries: Record<Language, Messages> = { 'zh-CN': zhCN, en };

/** The module of each language's dictionary and the name it exports, for the browser code to load only its own. */
export const dictionaryModules: Record<Language, { file: string; name: string }> = {
  'zh-CN': { file: 'zh-cn.ts', name: 'zhCN' },
  en: { file: 'en.ts', name: 'en' },
};
