import { escapeRegExp } from './escape-reg-exp.js';

/** A suffix after a family name ("Jr.", "III"), not the family name itself. */
export const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?,?$/i;

/** The suffix ending a person's name, lower case without its period ("Donald Trump Jr." -> "jr"), or "" if none. */
export function nameSuffix(name: string): string {
  const last = name.trim().split(/\s+/).at(-1) ?? '';
  return NAME_SUFFIX.test(last) ? last.toLowerCase().replace(/[.,]/g, '') : '';
}

/** The last word of a person's name past suffixes, as written ("Lloyd J. Austin III" -> "Austin"). */
export function familyName(name: string): string {
  const words = name.split(/\s+/).filter((w) => w !== '' && !NAME_SUFFIX.test(w));
  return words.at(-1) ?? name;
}

/** Whether a text names the person by their family name as a whole word ("Austin said" for Lloyd J. Austin III). */
export function mentionsFamilyName(text: string, name: string): boolean {
  return new RegExp(`\\b${escapeRegExp(familyName(name))}\\b`, 'u').test(text);
}
