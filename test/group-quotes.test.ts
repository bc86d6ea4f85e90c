import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';
import { groupQuotes } from '../src/compare/group-quotes.js';
import { compareStory } from '../src/compare/index.js';

const analyze = (id: string, text: string) =>
  analyzeArticle({ id, input: id, text, removed: [], publishedAt: '2014-03-26' });

// Sentences from the BASIL dev stories of the brief review (/work/notes/review-brief.md, section 11).
describe('short quoted phrases (BASIL brief review)', () => {
  it('marks a group of short partial quotes as a phrase, not a statement', () => {
    // 22b6 fox and nyt: scare quotes and fragments next to a full quote.
    const fox = analyze(
      'fox',
      '“I have tremendous respect for Iowa farmers and appreciate how important they are to our state, and I’m grateful to have the support of hundreds of farmers across Iowa,” he said.\n\n' +
        'A spokesperson for Grassley fired back Tuesday, telling FoxNews.com that by Braley’s logic he, as a trial lawyer, would not be eligible to speak out on a number of policy issues like agriculture, energy or health care. The spokesperson also touted Grassley’s “strong record” on the judiciary committee.',
    );
    const nyt = analyze(
      'nyt',
      'In another appeal to Iowa farmers, Joni Ernst, a candidate in the Republican Senate primary on June 3, announced in an ad that she grew up “castrating hogs on an Iowa farm.” Ms. Ernst said that qualified her to “cut pork” in Washington.',
    );
    const groups = groupQuotes([fox, nyt], []);
    const marked = (text: string) =>
      (groups.find((g) => g.text === text) as { shortPhrase?: boolean } | undefined)?.shortPhrase;
    expect(marked('strong record')).toBe(true);
    expect(marked('cut pork')).toBe(true);
    expect(marked('castrating hogs on an Iowa farm')).toBeUndefined();
    expect(marked(groups.find((g) => g.text.startsWith('I have tremendous'))!.text)).toBeUndefined();
  });
});

describe('the same short phrase in several outlets (BASIL 72fa9b13)', () => {
  const hpo = analyze(
    'hpo',
    'President Donald Trump said Thursday he is \u201cvery close\u201d to naming a new FBI director to replace James Comey.',
  );
  const nyt = analyze(
    'nyt',
    'President Trump, 24 hours from his self-imposed deadline for picking a new F.B.I. director, told reporters on Thursday that he was \u201cvery close\u201d to choosing a successor to James B. Comey.',
  );

  it('groups it as one quote when the same speaker says it', () => {
    // The story's entities make "Donald Trump" and "Trump" one speaker.
    const veryClose = compareStory([hpo, nyt]).quotes.filter((g) => g.text === 'very close');
    expect(veryClose.map((g) => [g.speaker.name, g.articleIds])).toEqual([['Donald Trump', ['hpo', 'nyt']]]);
  });

  it('keeps it apart when different people say it', () => {
    const other = analyze(
      'fox',
      'Senate Majority Leader Mitch McConnell said Thursday he is \u201cvery close\u201d to a deal on the budget.',
    );
    const veryClose = compareStory([hpo, other]).quotes.filter((g) => g.text === 'very close');
    expect(veryClose.map((g) => g.articleIds)).toEqual([['hpo'], ['fox']]);
  });
});

describe('quotes of two people sharing words (BASIL e71d149d)', () => {
  it('keeps Warren\u2019s tweet apart from Harris\u2019s, with no dispute over who said it', () => {
    const fox = analyze(
      'fox',
      "\u201cThe Mueller report needs to be made public, the underlying investigative materials should be handed over to Congress, and Barr must testify. That is what transparency looks like. A short letter from Trump's hand-picked Attorney General is not sufficient,\u201d Sen. Kamala Harris of California wrote on Twitter Sunday.",
    );
    const nyt = analyze(
      'nyt',
      '\u201cAttorney General Barr \u2014 release the Mueller report to the American public. Now,\u201d Ms. Warren wrote on Twitter.',
    );
    const story = compareStory([fox, nyt]);
    expect(story.quotes.map((q) => q.articleIds)).toEqual([['fox'], ['nyt']]);
    expect(story.conflicts.filter((c) => c.kind === 'attribution')).toEqual([]);
  });
});
