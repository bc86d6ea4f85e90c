import type { AnalyzedArticle, EntityType, StoryEntity } from '../model/index.js';
import { shortHash } from '../util/hash.js';
import { editDistance } from './edit-distance.js';
import { NAME_SUFFIX, nameSuffix } from '../util/family-name.js';

const tokenCache = new Map<string, string[]>();
const nameTokens = (name: string): string[] => {
  let tokens = tokenCache.get(name);
  if (!tokens) {
    tokens = splitName(name);
    if (tokenCache.size > 10_000) tokenCache.clear();
    tokenCache.set(name, tokens);
  }
  return tokens;
};

// Places whose older and newer transliterations both run in the news; general rules cannot tell them from
// distinct places one letter apart (Gaza/Giza), so they are listed.
const PLACE_SPELLINGS: Readonly<Record<string, string>> = {
  kiev: 'kyiv',
  odessa: 'odesa',
  kharkov: 'kharkiv',
  lvov: 'lviv',
  nikolaev: 'mykolaiv',
  lugansk: 'luhansk',
  zaporozhye: 'zaporizhzhia',
};

const splitName = (name: string): string[] =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\b(?:al|el)[- ]/g, '')
    .split(/[\s-]+/)
    .filter((t) => t && !NAME_SUFFIX.test(t))
    .map((t) => PLACE_SPELLINGS[t] ?? t);

const collapseDoubles = (token: string): string => token.replace(/(.)\1+/g, '$1');
// The first letter and the consonants after it: transliterations mostly differ in vowels and doubled letters.
const skeleton = (token: string): string =>
  token[0] + collapseDoubles(token.slice(1).replace(/[aeiouy]/g, ''));

/**
 * Whether two name tokens are one spelling: a typo or dropped letter ("Antony"/"Anthony"), or, for people's
 * names, a transliteration ("Qassem"/"Qasim", "Mohammed"/"Muhammad": the same consonants, a few vowels
 * apart). Places and short names differ that way and are distinct (Niger/Nigeria, Gaza/Giza, Paul/Paula).
 */
function similarToken(a: string, b: string, transliterated = false): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter >= 5 && editDistance(a, b, 1) <= 1) return true;
  return (
    transliterated &&
    shorter >= 5 &&
    Math.abs(a.length - b.length) <= 1 &&
    !a.startsWith(b) &&
    !b.startsWith(a) &&
    skeleton(a) === skeleton(b) &&
    editDistance(collapseDoubles(a), collapseDoubles(b), 2) <= 2
  );
}

// Common English nicknames and the given names they shorten, both as outlets print them ("Chuck Grassley" in one,
// "Charles E. Grassley" in the NYT). Only pairs that are sure: a nickname that could shorten several names lists
// each, and no nickname stands for another nickname.
const NICKNAMES: Readonly<Record<string, readonly string[]>> = {
  chuck: ['charles'],
  charlie: ['charles'],
  joe: ['joseph'],
  bill: ['william'],
  bob: ['robert'],
  mike: ['michael'],
  jim: ['james'],
  jimmy: ['james'],
  tom: ['thomas'],
  dick: ['richard'],
  ted: ['edward', 'theodore'],
  tony: ['anthony', 'antony'],
  dan: ['daniel'],
  ben: ['benjamin'],
  steve: ['steven', 'stephen'],
  chris: ['christopher', 'christine', 'christina'],
  pat: ['patrick', 'patricia'],
  matt: ['matthew'],
  nick: ['nicholas'],
  andy: ['andrew'],
  dave: ['david'],
  jeff: ['jeffrey'],
  greg: ['gregory'],
  ken: ['kenneth'],
  tim: ['timothy'],
  sam: ['samuel', 'samantha'],
  liz: ['elizabeth'],
  kate: ['katherine', 'catherine'],
};

/** Whether one given name is the other's common nickname ("Chuck" and "Charles"). */
function nicknamePair(a: string, b: string): boolean {
  return (NICKNAMES[a]?.includes(b) ?? false) || (NICKNAMES[b]?.includes(a) ?? false);
}

const ACTORS: ReadonlySet<EntityType> = new Set(['person', 'organization', 'group']);
const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;
const MINOR_WORDS = /^(?:of|the|and|for|in|on|de|du|des|la|le|al)$/i;

/** Whether `short` is the acronym of `long` ("IRGC", "Islamic Revolutionary Guard Corps"; "U.S.", "United States"). */
function isAcronymOf(short: string, long: string): boolean {
  if (!ACRONYM.test(short)) return false;
  const words = long.split(/[\s-]+/).filter((w) => w && !MINOR_WORDS.test(w));
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return false;
  return words.map((w) => w[0]).join('') === short.replace(/\./g, '');
}

/**
 * Whether two person names may be one person as far as their suffixes go. A suffix marks another person of the
 * same name: Donald Trump Jr. (or "Trump Jr.") is not Donald Trump. A family name alone may stand for a suffixed
 * name ("Austin" for Lloyd J. Austin III), and so may a name that leaves out its middle initial as well, as
 * outlets that drop the suffix do ("John Roberts" for John G. Roberts Jr.).
 */
function suffixesAgree(a: string, aTokens: string[], b: string, bTokens: string[]): boolean {
  const suffixA = nameSuffix(a);
  const suffixB = nameSuffix(b);
  if (suffixA === suffixB) return true;
  if (suffixA !== '' && suffixB !== '') return false;
  const [suffixed, plain] = suffixA === '' ? [bTokens, aTokens] : [aTokens, bTokens];
  if (plain.length === 1) return true;
  return plain.length < suffixed.length && plain.every((token) => suffixed.includes(token));
}

/** Whether two names of one type name the same entity: spelling variants yes, distinct names no. */
export function sameEntity(a: string, b: string, type: EntityType): boolean {
  const x = nameTokens(a);
  const y = nameTokens(b);
  if (x.length === 0 || y.length === 0) return false;
  if (type === 'person' && !suffixesAgree(a, x, b, y)) return false;
  if (x.join(' ') === y.join(' ')) return true;
  if (type === 'person') {
    // Same family name, and the same (or a variant) first name, or one of them gives only the family name.
    if (!similarToken(x.at(-1)!, y.at(-1)!, true)) return false;
    if (x.length === 1 || y.length === 1) return true;
    // Only the first and family names are compared, so a middle initial on one side only is no obstacle.
    return similarToken(x[0]!, y[0]!, true) || nicknamePair(x[0]!, y[0]!);
  }
  // The NYT writes acronyms with periods ("F.B.I.", "C.I.A."), most outlets without.
  if (ACRONYM.test(a) && ACRONYM.test(b) && a.replaceAll('.', '') === b.replaceAll('.', '')) return true;
  if (isAcronymOf(a, b) || isAcronymOf(b, a)) return true;
  return x.length === y.length && x.every((token, i) => similarToken(token, y[i]!));
}

/** Merges entity mentions across a story's articles: variants of one name become one entity with its aliases. */
export function mergeEntities(articles: readonly AnalyzedArticle[]): StoryEntity[] {
  interface Group {
    name: string;
    type: EntityType;
    aliases: Set<string>;
    roles: Set<string>;
    mentions: StoryEntity['mentions'];
    /** How many mentions gave each type: the entity takes the commonest. */
    types: Map<EntityType, number>;
  }
  const groups: Group[] = [];
  // Longer names first, so that short forms join the full name rather than the other way round.
  const all = articles.flatMap((a) => a.mentions.map((m) => ({ articleId: a.article.id, mention: m })));
  const order = [...all].sort((p, q) => q.mention.canonical.length - p.mention.canonical.length);
  const groupOf = new Map<string, Group>();
  // How often, and how early in the story, each name is mentioned: a bare family name shared by several people
  // joins the one mentioned most (then first), not whichever happens to have the longest name.
  const keyOf = (m: { type: EntityType; canonical: string }): string => `${m.type}|${m.canonical}`;
  const mentionCount = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  all.forEach(({ mention }, index) => {
    const key = keyOf(mention);
    mentionCount.set(key, (mentionCount.get(key) ?? 0) + 1);
    if (!firstSeen.has(key)) firstSeen.set(key, index);
  });
  const groupCount = new Map<Group, number>();
  const groupFirst = new Map<Group, number>();
  const byProminence = (g: Group, h: Group): number =>
    (groupCount.get(h) ?? 0) - (groupCount.get(g) ?? 0) ||
    (groupFirst.get(g) ?? 0) - (groupFirst.get(h) ?? 0);
  for (const { mention } of order) {
    const key = keyOf(mention);
    if (groupOf.has(key)) continue;
    // One name tagged a person in one sentence and an organisation in another ("the Biden administration")
    // is one entity; a person and a place of one name ("Jordan") are not merged.
    const matches = (g: Group): boolean =>
      (g.type === mention.type && sameEntity(g.name, mention.canonical, mention.type)) ||
      (g.name === mention.canonical && ACTORS.has(g.type) && ACTORS.has(mention.type));
    // A bare family name may match a father and a son ("Trump": Donald Trump, Donald Trump Jr.); it joins the
    // one whose suffix it shares (none), as the son is mostly named with his.
    const suffix = nameSuffix(mention.canonical);
    const bareFamilyName = mention.type === 'person' && nameTokens(mention.canonical).length === 1;
    const first = bareFamilyName ? groups.filter(matches).sort(byProminence)[0] : groups.find(matches);
    const existing =
      first && nameSuffix(first.name) !== suffix
        ? (groups.find(
            (g) =>
              g.type === mention.type &&
              nameSuffix(g.name) === suffix &&
              sameEntity(g.name, mention.canonical, mention.type),
          ) ?? first)
        : first;
    const group = existing ?? {
      name: mention.canonical,
      type: mention.type,
      aliases: new Set(),
      roles: new Set(),
      mentions: [],
      types: new Map(),
    };
    if (!existing) groups.push(group);
    groupOf.set(key, group);
    groupCount.set(group, (groupCount.get(group) ?? 0) + (mentionCount.get(key) ?? 0));
    groupFirst.set(group, Math.min(groupFirst.get(group) ?? Infinity, firstSeen.get(key) ?? Infinity));
  }
  for (const { articleId, mention } of all) {
    const group = groupOf.get(`${mention.type}|${mention.canonical}`)!;
    group.aliases.add(mention.text);
    group.aliases.add(mention.canonical);
    if (mention.role) group.roles.add(mention.role);
    group.types.set(mention.type, (group.types.get(mention.type) ?? 0) + 1);
    group.mentions.push({ articleId, start: mention.start, end: mention.end, text: mention.text });
  }
  // The canonical name is the full form most mentions resolve to (a spelled-out name over its acronym).
  const countsOf = new Map<Group, Map<string, number>>();
  for (const m of all) {
    const g = groupOf.get(`${m.mention.type}|${m.mention.canonical}`)!;
    const counts = countsOf.get(g) ?? new Map<string, number>();
    counts.set(m.mention.canonical, (counts.get(m.mention.canonical) ?? 0) + 1);
    countsOf.set(g, counts);
  }
  return groups
    .map((g) => {
      const counts = countsOf.get(g) ?? new Map<string, number>();
      const name =
        [...counts].sort(
          (a, b) =>
            Number(ACRONYM.test(a[0])) - Number(ACRONYM.test(b[0])) ||
            b[1] - a[1] ||
            b[0].length - a[0].length,
        )[0]?.[0] ?? g.name;
      const type = [...g.types].sort((a, b) => b[1] - a[1])[0]?.[0] ?? g.type;
      return {
        id: `e-${shortHash(`${type}:${name}`, 10)}`,
        name,
        type,
        aliases: [...g.aliases].sort(),
        ...(g.roles.size > 0 && { roles: [...g.roles] }),
        mentions: g.mentions,
      };
    })
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}
