import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';
import { compareStory, sameEntity } from '../src/compare/index.js';
import { sampleResult } from './helpers/sample.js';

describe('comparison on the sample story', () => {
  it('reports the attack counts as a conflict with each outlet figure and its evidence', async () => {
    const { report } = await sampleResult();
    const conflict = report.stories[0]!.conflicts.find(
      (c) => c.kind === 'quantity' && /attack/.test(c.subject),
    );
    expect(conflict).toBeDefined();
    const values = conflict!.values.map((v) => v.normalized);
    expect(values).toEqual(expect.arrayContaining([38, 32, 30]));
    const thirtyTwo = conflict!.values.find((v) => v.normalized === 32)!;
    expect(thirtyTwo.evidence[0]!.text).toContain('32');
    expect(conflict!.explanation).toMatch(/October 7.*October 17|start dates/);
  });

  it('reports the two dates given for the US strike in Syria', async () => {
    const { report } = await sampleResult();
    const conflict = report.stories[0]!.conflicts.find((c) => c.kind === 'date');
    expect(conflict?.values.map((v) => v.value).sort()).toEqual(['October 26', 'October 27']);
    for (const value of conflict!.values) expect(value.evidence[0]!.text).toMatch(/airstrikes/);
    // The subject is worded from the sentences themselves, as written.
    expect(conflict!.subject).toMatch(/^date of .*airstrikes.*eastern Syria/);
  });

  it('merges spelling variants of one person and keeps look-alike names apart', async () => {
    const { report } = await sampleResult();
    const entities = report.stories[0]!.entities;
    const blinken = entities.find((e) => e.name.endsWith('Blinken'))!;
    expect(blinken.type).toBe('person');
    expect(blinken.aliases).toEqual(expect.arrayContaining(['Antony Blinken', 'Anthony Blinken', 'Blinken']));
    expect(blinken.roles?.some((r) => r.includes('Secretary of State'))).toBe(true);
    const hezbollah = entities.filter((e) => /Hezbollah/.test(e.name)).map((e) => e.name);
    expect(hezbollah).toEqual(expect.arrayContaining(['Hezbollah', 'Kataib Hezbollah']));
    expect(sameEntity('Iran', 'Iraq', 'location')).toBe(false);
    expect(sameEntity('Mohammed Shia al-Sudani', 'Mohammed al-Sudani', 'person')).toBe(true);
  });

  it('merges transliterations and acronyms, and keeps look-alike names apart', async () => {
    const { report } = await sampleResult();
    const names = (re: RegExp) =>
      report.stories[0]!.entities.filter((e) => e.aliases.some((a) => re.test(a))).map((e) => e.aliases);
    expect(names(/Soleimani/)).toEqual([expect.arrayContaining(['Qassem Soleimani', 'Qasim Soleimani'])]);
    expect(names(/IRGC/)).toEqual([expect.arrayContaining(['IRGC', 'Islamic Revolutionary Guard Corps'])]);
    // "Biden" tagged a person in some sentences and an organisation in others ("the Biden admin") is one person.
    const biden = report.stories[0]!.entities.filter((e) => e.name === 'Biden');
    expect(biden.map((e) => e.type)).toEqual(['person']);
    expect(sameEntity('Muhammad Ali', 'Mohammed Ali', 'person')).toBe(true);
    expect(sameEntity('U.S.', 'United States', 'location')).toBe(true);
    expect(sameEntity('Kiev', 'Kyiv', 'location')).toBe(true);
    expect(sameEntity('Brian Smith', 'Bruno Smith', 'person')).toBe(false);
    expect(sameEntity('Joe Biden', 'Jill Biden', 'person')).toBe(false);
    expect(sameEntity('NSA', 'National Rifle Association', 'organization')).toBe(false);
    for (const [a, b] of [
      ['Niger', 'Nigeria'],
      ['Gaza', 'Giza'],
      ['Mali', 'Malé'],
    ])
      expect(sameEntity(a!, b!, 'location')).toBe(false);
    expect(sameEntity('Paul Ryan', 'Paula Ryan', 'person')).toBe(false);
    expect(sameEntity('Dina Powell', 'Dana Powell', 'person')).toBe(false);
  });

  it('lists agreed facts with every supporting article', async () => {
    const { report } = await sampleResult();
    const meeting = report.stories[0]!.facts.find(
      (f) => /met with Iraqi Prime Minister/.test(f.text) && f.articleIds.length >= 3,
    );
    expect(meeting).toBeDefined();
    for (const e of meeting!.evidence) expect(e.text).toMatch(/Sudani|Prime Minister/);
  });

  it('matches a paraphrase of the visit ("an unexpected trip", "an unannounced visit") as the same fact', async () => {
    const { report } = await sampleResult();
    const visit = report.stories[0]!.facts.find((f) => /unannounced visit to Iraq/.test(f.text))!;
    const texts = visit.evidence.map((e) => e.text);
    expect(texts).toEqual(
      expect.arrayContaining([expect.stringMatching(/made an unexpected trip to Iraq as tensions rise/)]),
    );
    // So the article telling it that way is not said to leave the visit out.
    const tripArticle = visit.evidence.find((e) => /unexpected trip/.test(e.text))!.articleId;
    const left = report.stories[0]!.omissions.find((o) => o.articleId === tripArticle);
    expect(left?.factIds ?? []).not.toContain(visit.id);
  });

  it('keeps Lloyd Austin’s quote out of the fact of Blinken’s quote', async () => {
    const { report } = await sampleResult();
    const warning = report.stories[0]!.facts.find((f) => /totally unacceptable/.test(f.text))!;
    const texts = warning.evidence.map((e) => e.text);
    expect(texts.filter((t) => /totally unacceptable/.test(t))).toHaveLength(2);
    expect(texts.some((t) => /will not hesitate to take further necessary measures/.test(t))).toBe(false);
  });

  it('keeps loaded terms inside quotes out of an outlet framing', async () => {
    const { report } = await sampleResult();
    const story = report.stories[0]!;
    const terms = story.framing.flatMap((f) => f.loaded.map((l) => l.term.toLowerCase()));
    expect(terms.length).toBeGreaterThan(0);
    expect(terms).not.toContain('evil'); // only inside the militia's quoted statement
    expect(terms).not.toContain('massacre'); // only inside Khamenei's quote
  });
});

describe('entities across a story', () => {
  // Real sentences from BASIL dev story c6a0e65c: Fox News, The New York Times and HuffPost name one senator three ways.
  const analyzeText = (id: string, text: string) => analyzeArticle({ id, input: id, text, removed: [] });

  it('merges a titled name and an NYT "Name of State" with the short form, and the state is its own place', () => {
    const entities = compareStory([
      analyzeText(
        'fox',
        'Within minutes of the indictment, Senate Minority Leader Chuck Schumer, D-N.Y., urged Trump to call off the Putin meeting.',
      ),
      analyzeText(
        'nyt',
        '“President Putin is an adversary who interfered in our elections to help President Trump win,” Senator Chuck Schumer of New York, the Democratic leader, said.',
      ),
      analyzeText(
        'huffpost',
        'Senate Minority Leader Chuck Schumer (D-N.Y.) and 18 members of the House Foreign Affairs Committee called on President Donald Trump to cancel his meeting. Schumer said the summit should wait.',
      ),
    ]).entities;
    const schumer = entities.filter((e) => e.aliases.some((a) => a.includes('Schumer')));
    expect(schumer).toHaveLength(1);
    expect(schumer[0]!.type).toBe('person');
    expect(schumer[0]!.mentions).toHaveLength(4);
    expect(schumer[0]!.aliases.every((a) => /^(?:Chuck )?Schumer$/.test(a))).toBe(true);
    expect(entities.find((e) => e.name === 'New York')?.type).toBe('location');
  });
});

describe('omissions', () => {
  // NeuS val stories: three outlets' excerpts of the Barrett confirmation. Alignment pairs each sentence with one
  // fact, so the two wordings of the vote become two facts; neither outlet leaves the vote out.
  it('does not say an outlet leaves out a fact it states in other words', () => {
    const texts = [
      "The Senate confirmed Judge Amy Coney Barrett to the Supreme Court on Monday, providing President Trump with a last-minute political victory just days before November 3. The 52-48 Senate vote on Barrett's nomination capped off a rare presidential election year Supreme Court fight sparked by the death of Justice Ruth Bader Ginsburg on Sept. 18.",
      "The Senate voted 52-48 on Monday night to confirm Amy Coney Barrett to the Supreme Court in a move that makes the 7th Circuit Court of Appeals judge and Notre Dame law professor the third appointment to the high court by President Trump, solidifying his administration's legacy even further just a week before Election Day as he seeks a second term.",
      'In a narrow 52-48 vote, the Senate has officially confirmed Amy Coney Barrett for appointment to the Supreme Court, a huge win for Republicans who worked quickly — and ignored past precedent — to advance her nomination. Barrett, who will now take the seat of the late Justice Ruth Bader Ginsburg, is a staunch conservative whose vote could be the deciding one on upcoming cases.',
    ];
    const articles = texts.map((text, i) =>
      analyzeArticle({ id: `a${i}`, input: `a${i}`, text, removed: [] }),
    );
    const comparison = compareStory(articles);
    const omitted = comparison.omissions.flatMap((o) =>
      o.factIds.map((id) => [o.articleId, comparison.facts.find((f) => f.id === id)!.text]),
    );
    expect(omitted.filter(([, text]) => /Senate|52-48/.test(text!))).toEqual([]);
  });
});
