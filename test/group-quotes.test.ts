import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';
import { groupQuotes } from '../src/compare/group-quotes.js';

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
