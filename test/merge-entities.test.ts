import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';
import { compareStory, sameEntity } from '../src/compare/index.js';

const analyzeText = (id: string, text: string) => analyzeArticle({ id, input: id, text, removed: [] });

describe('merging a name with its suffixed namesake', () => {
  // Real sentences from BASIL story dd1e6e3b (2017): HuffPost and Fox News on Donald Trump Jr. and WikiLeaks.
  const huffpost =
    'President Donald Trump’s oldest son, Donald Trump Jr., communicated with WikiLeaks over Twitter direct message during the 2016 presidential race, according to a report in The Atlantic published Monday. On another, WikiLeaks wrote it was happy to see the elder Trump mentioning the group on the campaign trail. Moments later, Trump tweeted about the organization.';
  const story = () =>
    compareStory([
      analyzeText('huffpost', huffpost),
      analyzeText(
        'fox',
        '“WikiLeaks has such chutzpah that it allegedly tried to convince Trump Jr to leak his father’s tax returns & his own “Russian lawyer meeting” emails (he did),” Assange wrote.',
      ),
    ]).entities;

  it('keeps Donald Trump Jr. apart from his father, and his short forms with him', () => {
    const trumps = story()
      .filter((e) => e.type === 'person' && e.aliases.some((a) => a.includes('Trump')))
      .map((e) => e.aliases);
    expect(trumps).toHaveLength(2);
    const son = trumps.find((aliases) => aliases.includes('Donald Trump Jr.'))!;
    expect(son).toContain('Trump Jr');
    expect(son).not.toContain('Donald Trump');
    expect(son).not.toContain('Trump');
    const father = trumps.find((aliases) => aliases.includes('Donald Trump'))!;
    expect(father).toContain('Trump');
  });

  it('resolves "Trump" alone to the father where an article names father and son', () => {
    const canonicals = analyzeText('huffpost', huffpost)
      .mentions.filter((m) => m.text === 'Trump')
      .map((m) => m.canonical);
    expect(canonicals).toEqual(['Donald Trump', 'Donald Trump']);
  });

  it('tells a suffixed name from the same name without it, but lets a bare family name stand for either', () => {
    expect(sameEntity('Donald Trump Jr.', 'Donald Trump', 'person')).toBe(false);
    expect(sameEntity('Donald Trump Jr', 'Donald Trump', 'person')).toBe(false);
    expect(sameEntity('Trump Jr.', 'Donald Trump', 'person')).toBe(false);
    expect(sameEntity('Trump Jr.', 'Donald Trump Jr.', 'person')).toBe(true);
    expect(sameEntity('Lloyd J. Austin III', 'Lloyd Austin II', 'person')).toBe(false);
    expect(sameEntity('Trump', 'Donald Trump', 'person')).toBe(true);
    expect(sameEntity('Austin', 'Lloyd J. Austin III', 'person')).toBe(true);
    expect(sameEntity('Biden', 'Joseph R. Biden Jr.', 'person')).toBe(true);
    // The New York Times gives the suffix and middle initial that other outlets leave out (BASIL 84b3c118).
    expect(sameEntity('Justice John G. Roberts Jr.', 'Justice John Roberts', 'person')).toBe(true);
  });
});

describe('resolving a short name within one article', () => {
  // BASIL dd1e6e3b, Fox News: the father is named only by title and family name, the son in full and short.
  const fox = [
    'President Trump’s eldest son, Donald Trump Jr., corresponded with WikiLeaks before the 2016 presidential election, a dialogue of which the president’s son confirmed Monday night on Twitter.',
    'President Trump’s attorney Ty Cobb told Fox News on Monday that he was not aware that Donald Trump Jr.’s attorneys provided these documents to congressional investigators.',
    '“WikiLeaks has such chutzpah that it allegedly tried to convince Trump Jr to leak his father’s tax returns & his own “Russian lawyer meeting” emails (he did),” Assange wrote.',
  ].join(' ');

  it('gives "Trump" alone to no suffixed namesake, and "Trump Jr" with or without its period to the son', () => {
    const canonical = (text: string) =>
      analyzeText('fox', fox)
        .mentions.filter((m) => m.text === text)
        .map((m) => m.canonical);
    expect(canonical('Trump')).toEqual(['Trump', 'Trump']);
    expect(canonical('Trump Jr')).toEqual(['Donald Trump Jr.']);
  });
});
