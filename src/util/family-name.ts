/** A suffix after a family name ("Jr.", "III"), not the family name itself. */
export const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?,?$/i;

/** The last word of a person's name past suffixes, as written ("Lloyd J. Austin III" -> "Austin"). */
export function familyName(name: string): string {
  const words = name.split(/\s+/).filter((w) => w !== '' && !NAME_SUFFIX.test(w));
  return words.at(-1) ?? name;
}
