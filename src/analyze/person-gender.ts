import { escapeRegExp } from '../util/escape-reg-exp.js';
import { familyName } from '../util/family-name.js';

/** The grammatical gender a "he" or "she" needs. */
export type Gender = 'male' | 'female';

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

// Given names common in English-language news whose gender is rarely in doubt. Deliberately small: a name not
// listed (or used by both, like Leigh, Jordan or Kelly) leaves the gender unknown, which excludes nobody.
const MALE_GIVEN_NAMES = words(`
Adam Andrew Anthony Antony Barack Ben Bernie Beto Bill Bob Boris Brett Brian Bruce Charles Chuck Chris Cory Dan
Daniel David Donald Doug Emmanuel Eric Frank George Harry Hunter Jack James Jared Jeb Jeff Jim Joe John Joseph
Kevin Kyle Marco Mark Michael Mike Mitch Newt Paul Pete Peter Rand Richard Rick Robert Ron Roy Rudy Steve Steven
Ted Thomas Tim Tom Vladimir William
`);
const FEMALE_GIVEN_NAMES = words(`
Alexandria Amy Ann Anna Anne Barbara Betsy Claire Debbie Diane Dianne Elaine Elizabeth Elise Gretchen Heidi Hillary
Ilhan Ivanka Jane Jennifer Jill Joni Kamala Karen Kay Kellyanne Kirsten Kirstjen Kyrsten Laura Linda Lisa Liz
Margaret Maria Marsha Mary Maxine Melania Michelle Nancy Nikki Patty Rashida Ruth Sarah Sonia Stacey Susan Tammy
Tulsi
`);

const KIN_BEFORE_NAME =
  /\b(wife|husband|widow|widower|son|daughter|mother|father|brother|sister|grandson|granddaughter)\s*,?\s+$/i;

/** The kin word right before a name's first mention introduced by one ("his wife, Huma Abedin"), lower case. */
function kinOf(name: string, text: string): string | undefined {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const kin = KIN_BEFORE_NAME.exec(text.slice(Math.max(0, at - 16), at))?.[1];
    if (kin) return kin.toLowerCase();
  }
  return undefined;
}

const KIN_GENDER: Readonly<Record<string, Gender>> = {
  wife: 'female',
  widow: 'female',
  daughter: 'female',
  mother: 'female',
  sister: 'female',
  granddaughter: 'female',
  husband: 'male',
  widower: 'male',
  son: 'male',
  father: 'male',
  brother: 'male',
  grandson: 'male',
};

/** The gender a listed given name in `name` shows ("First Lady Melania Trump": female), else unknown. */
export function givenNameGender(name: string): Gender | undefined {
  for (const word of name.trim().split(/\s+/)) {
    if (MALE_GIVEN_NAMES.has(word)) return 'male';
    if (FEMALE_GIVEN_NAMES.has(word)) return 'female';
  }
  return undefined;
}

/**
 * The gender a person's name shows in an article: from a listed given name, else from the kin word the article
 * introduces them with ("his wife, Huma Abedin"), else from the courtesy titles the article writes before the
 * family name (Mr. vs Mrs./Ms./Miss), else unknown.
 */
export function personGender(name: string, text: string): Gender | undefined {
  const given = name.trim().split(/\s+/)[0] ?? '';
  if (MALE_GIVEN_NAMES.has(given)) return 'male';
  if (FEMALE_GIVEN_NAMES.has(given)) return 'female';
  // "his wife, Huma Abedin": the kin word the article introduces the person with.
  const kin = kinOf(name.trim(), text);
  if (kin) return KIN_GENDER[kin];
  const family = escapeRegExp(familyName(name));
  const titled = (titles: string): boolean =>
    new RegExp(`\\b(?:${titles})\\.?\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}${family}\\b`, 'u').test(text);
  const male = titled('Mr');
  const female = titled('Mrs|Ms|Miss');
  // Both titles for one family name are two people ("Mr. and Mrs. Clinton"): no evidence either way.
  if (male === female) return undefined;
  return male ? 'male' : 'female';
}
