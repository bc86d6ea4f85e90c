import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';
import { FRAMING_MODEL, findFraming, findLoadedTerms } from '../src/compare/find-framing.js';
import { framingTokens } from '../src/compare/framing-tokens.js';
import { isNeutralUse } from '../src/compare/neutral-words.js';
import { ownVoiceFirstPerson } from '../src/compare/own-voice-first-person.js';
import { outletProfiles } from '../src/compare/index.js';
import { quotedRegions } from '../src/compare/quoted-regions.js';
import { alignOffsets } from '../src/eval/framing/align-offsets.js';
import { extractArticle } from '../src/extract/index.js';
import { sampleResult } from './helpers/sample.js';

/** Plain text run through the real pipeline (extract, analyse), as an outlet's article. */
function analyzedText(text: string) {
  const { article } = extractArticle({ input: 'test:framing', format: 'text', content: text, outlet: 'fox' });
  if (!article) throw new Error('no article extracted');
  return analyzeArticle(article);
}

describe('framing in the outlet own voice', () => {
  it('never flags words inside quotes or attributed statements, and cites exact offsets', async () => {
    const { analyzed } = await sampleResult();
    let flagged = 0;
    for (const a of analyzed) {
      const framing = findFraming(a);
      for (const cue of [...framing.loaded, ...framing.hedges, ...framing.intensifiers]) {
        flagged++;
        expect(a.article.text.slice(cue.start, cue.end)).toBe(cue.term);
        expect(a.attributed.some((s) => cue.start < s.end && cue.end > s.start)).toBe(false);
      }
      expect(framing.opinion).toBeGreaterThanOrEqual(0);
      expect(framing.opinion).toBeLessThanOrEqual(1);
    }
    expect(flagged).toBeGreaterThan(0);
  });

  it('flags a loaded word in the outlet voice and not the same word inside a quote', async () => {
    const { analyzed } = await sampleResult();
    const base = analyzed[0]!;
    const text =
      'The senator delivered a stunning rebuke on Tuesday.\n\n"It was a stunning failure," the governor said.';
    const article = { ...base.article, text };
    const quoteStart = text.indexOf('"It');
    const framing = findFraming({
      ...base,
      article,
      sentences: [
        { id: 's1', start: 0, end: 51, text: text.slice(0, 51) },
        { id: 's2', start: 53, end: text.length, text: text.slice(53) },
      ],
      mentions: [],
      quotes: [],
      quantities: [],
      dates: [],
      attributed: [{ start: quoteStart, end: text.length, text: text.slice(quoteStart) }],
    });
    const stunning = framing.loaded.filter((l) => l.term === 'stunning');
    expect(stunning).toHaveLength(1);
    expect(stunning[0]!.start).toBe(text.indexOf('stunning'));
  });

  it('maps offsets across whitespace that extraction collapsed', () => {
    const source = 'One  two. \n\nThree';
    const target = 'One two.\n\nThree';
    const map = alignOffsets(source, target);
    expect(target.slice(map(5), map(8) + 1)).toBe('two.');
    expect(target.slice(map(12), map(16) + 1)).toBe('Three');
  });
});

describe('opinion score in the outlet own voice', () => {
  // Fox News on Blumenthal's Vietnam record (BASIL 85475456): every "I think" is a quoted senator's.
  // BASIL 85475456 (Fox News), with "embattled" for the one loaded word of the outlet's own ("heads" was it, until
  // leading a body read as plain reporting).
  const quotedThinking =
    'Sen. John Cornyn, R-TX, who heads the embattled GOP campaign committee, said Tuesday, "I think it\'s a blockbuster revelation," and predicted, "I think it\'s definitely going to make that race more competitive."\n\n' +
    '"I think he\'s corrected the record in the past. I think his actions standing up for veterans for a long time speaks volumes," Menendez said, "I\'m sure he will continue to stay in the race...and we\'ll continue to support him."';

  it('does not count first-person cues the outlet quotes', () => {
    const analyzed = analyzedText(quotedThinking);
    expect(ownVoiceFirstPerson(analyzed)).toBe(0);
    // The same quotes without the cue leave the outlet's words and the score unchanged.
    const plain = analyzedText(quotedThinking.replaceAll('I think', 'I know'));
    expect(findFraming(analyzed).opinion).toBe(findFraming(plain).opinion);
  });

  it('keeps one cue in a short excerpt near neutral', () => {
    // About 15 words of the outlet's own; the one flagged word must not read as an opinion piece.
    const framing = findFraming(analyzedText(quotedThinking));
    expect(framing.loaded).toHaveLength(1);
    expect(framing.opinion).toBeLessThan(0.35);
  });

  it('counts first-person cues the outlet writes itself', () => {
    const column = `Make no mistake: the senator's record matters. ${quotedThinking}`;
    expect(ownVoiceFirstPerson(analyzedText(column))).toBe(1);
  });
});

describe('neutral words in the outlet own voice', () => {
  // Sentences BASIL's outlets wrote themselves; the marked word is plain reporting, not framing.
  const neutral: [string, string][] = [
    [
      'down',
      'Akin on Tuesday refused to step down from his race despite loud calls from his party\u2019s leaders.',
    ],
    [
      'down',
      'It is the broadest federal rule change to come out of the landmark Supreme Court decision in June that struck down the 1996 Defense of Marriage Act.',
    ],
    [
      'so',
      'The Internal Revenue Service official who first disclosed that the agency had targeted conservative groups for special scrutiny, and in doing so ignited a controversy, denied on Wednesday that she had ever provided false information.',
    ],
    ['mostly', 'Top Republicans were mostly mute, though a handful spoke up.'],
    [
      'killed',
      'Many lawmakers were reluctant to oppose a measure backed by 9/11 families who say they are still seeking justice 15 years after the attacks that killed nearly 3,000 people.',
    ],
    [
      'pulled',
      'Some sheriffs in bordering states say they have pulled over drivers and found edibles and marijuana from multiple Colorado retail outlets.',
    ],
    [
      'succeed',
      'Rep. Bruce Braley (D-Iowa), who is running to succeed retiring Sen. Tom Harkin (D-Iowa), faced tough local coverage Tuesday after critical comments he made about Sen. Chuck Grassley (R-Iowa) were made public.',
    ],
    [
      'succeed',
      'President Obama formally endorsed Hillary Clinton to succeed him in the White House Thursday, saying she has the "courage" for the job and vowing to hit the campaign trail for her soon -- in a video message posted just moments after meeting with her primary rival Bernie Sanders.',
    ],
    [
      'familiar',
      '\u201cI would look foolish if I did that,\u201d Mr. Trump responded after Senator Chuck Schumer of New York, the Democratic leader, posed the question to him directly, according to three officials familiar with the meeting who described it on the condition of anonymity.',
    ],
    [
      'familiar',
      'But to people familiar with the Hutchinsons, long one of the most influential families in Arkansas, the news was hardly a bombshell.',
    ],
    [
      'closely',
      'Administration officials described the search as fluid and said the president and his team were keeping the decision-making process closely held to avoid the leaks that Mr. Trump believes are endemic to the West Wing.',
    ],
    [
      'quietly',
      'But members of Mr. Trump\u2019s staff \u2014 alarmed by his rapid embrace of Mr. Lieberman, a charming 75-year-old political operator with no federal law enforcement experience \u2014 have quietly urged him to take more time to make such a critical hire.',
    ],
    [
      'bit',
      'As part of its final bit of business before the election, Congress is set to vote to override President Obama\u2019s veto of a bill allowing families of those killed in the Sept. 11 attacks to sue Saudi Arabia for any role in the terrorist plot.',
    ],
    [
      'plot',
      'As part of its final bit of business before the election, Congress is set to vote to override President Obama\u2019s veto of a bill allowing families of those killed in the Sept. 11 attacks to sue Saudi Arabia for any role in the terrorist plot.',
    ],
    [
      'divided',
      'WASHINGTON \u2014 President Trump and Democratic congressional leaders dug in Wednesday for a lengthy partial shutdown in a newly divided government after a White House meeting \u2014 the first in 22 days \u2014 could not break an impasse over Mr. Trump\u2019s demands for billions of dollars for a border wall.',
    ],
    [
      'somewhat',
      "A late and somewhat unlikely addition to Trump's short list, Lieberman is nonetheless the sudden frontrunner.",
    ],
    // BASIL 06ffda2d and 85475456 (Fox News), a journalist review: the name of a wrong, and leading a body.
    [
      'heads',
      'Sen. John Cornyn, R-TX, who heads the GOP campaign committee, said Tuesday, "I think it\'s a blockbuster revelation."',
    ],
    // The seed story's own voice: a count of the dead.
    [
      'killing',
      'Iran-backed Hamas invaded Israel killing 1,400 mostly civilians on October 7, and took at least 241 more hostages into the Gaza Strip.',
    ],
  ];

  // No cap on loaded words per sentence and no other outlet using the word (as in the reviewed stories): a
  // neutral use must never be a candidate, however high it scores.
  const uncapped = { ...FRAMING_MODEL, maxPer: { terms: 1, words: 1 } };
  const aloneInStory = { articles: 2, using: () => 0 };

  it.each(neutral)('does not flag "%s" in: %s', (word, sentence) => {
    const terms = findLoadedTerms(analyzedText(sentence), aloneInStory, uncapped).map((l) =>
      l.term.toLowerCase(),
    );
    expect(terms).not.toContain(word);
  });

  it('does not flag "harassment" in "allegations of sexual harassment" (BASIL 06ffda2d, Fox News)', () => {
    const fox = analyzedText(
      'U.S. Representative Blake Farenthold resigned from Congress on Friday, following multiple allegations of sexual harassment, misconduct and inappropriate behavior.\n\n' +
        'Farenthold, R-Texas, had previously announced that he would not seek re-election in the 2018 midterm election, when reports of sexual misconduct first surfaced.',
    );
    expect(findFraming(fox).loaded.map((l) => l.term)).not.toContain('harassment');
  });

  it('keeps the context-neutral words open to framing in other contexts', () => {
    // BASIL dev sentences where the same words are not the neutral phrase.
    const loadedUses: [string, string][] = [
      [
        'familiar',
        'he added, before embarking on a now familiar rant about \u201cfake news\u201d CNN and MSNBC.',
      ],
      [
        'plot',
        'Some called the article a partisan plot, even as the reporters behind it described in detail how they had uncovered the story and corroborated the allegations.',
      ],
      ['bit', 'Trump\u2019s camp wasn\u2019t champing at the bit.'],
      ['heads', 'If the deal collapses, heads will roll at the agency.'],
      // BASIL dev, a gold loaded span: a policy "killed" is a judgement of it.
      [
        'killing',
        'President Trump vowed Wednesday that birthright citizenship will end \u201cone way or the other,\u201d a day after it emerged he was considering killing the policy by executive order.',
      ],
      [
        'succeed',
        'If Nebraska and Oklahoma succeed, they will put the violent criminal organizations back in charge.',
      ],
    ];
    for (const [word, sentence] of loadedUses) {
      const token = framingTokens(sentence).find((t) => t.word === word)!;
      expect(isNeutralUse(sentence, token), `${word} in: ${sentence}`).toBe(false);
    }
  });

  it('still flags a loaded word in the same kind of report', () => {
    const terms = findFraming(
      analyzedText(
        'House Majority Leader Eric Cantor (R-Va.) suffered a stunning loss in the primary for his seat.',
      ),
    ).loaded.map((l) => l.term);
    expect(terms).toContain('stunning');
  });
});

describe('outlet framing profiles', () => {
  it('aggregates loaded terms, hedges and opinion per outlet across stories', () => {
    const term = (t: string) => ({ term: t, start: 0, end: t.length, category: 'judgement' });
    const profiles = outletProfiles([
      {
        outlet: 'b',
        storyId: 's1',
        words: 500,
        framing: { articleId: '1', loaded: [term('Blasted')], opinion: 0.4 },
      },
      {
        outlet: 'b',
        storyId: 's2',
        words: 500,
        framing: {
          articleId: '2',
          loaded: [term('blasted'), term('stunning')],
          opinion: 0.2,
          hedges: [term('reportedly')],
        },
      },
      { outlet: 'a', storyId: 's1', words: 1000, framing: { articleId: '3', loaded: [], opinion: 0 } },
    ]);
    expect(profiles.map((p) => p.outlet)).toEqual(['a', 'b']);
    const b = profiles[1]!;
    expect(b).toMatchObject({
      articles: 2,
      stories: 2,
      opinion: 0.3,
      loadedPer1000Words: 3,
      hedgesPer1000Words: 1,
    });
    expect(b.topLoaded).toEqual([
      { term: 'blasted', count: 2 },
      { term: 'stunning', count: 1 },
    ]);
    expect(profiles[0]!.loadedPer1000Words).toBe(0);
  });
});

describe('quoted regions (a safety net under analysis for framing)', () => {
  it('finds quotes with mixed marks, quotes closed in a later sentence and quotes left open', () => {
    const text =
      'He called it "destructive and reckless,” Mr. Gibbs said.\n\nSurely this has never been done to a man before.” He left.\n\n“It runs on into the next paragraph\n\nThe 5" pipe leaked.';
    const regions = quotedRegions(text, 1).map((r) => r.text);
    expect(regions).toEqual([
      '"destructive and reckless,”',
      'Surely this has never been done to a man before.”',
      '“It runs on into the next paragraph',
    ]);
    for (const r of quotedRegions(text, 1)) expect(text.slice(r.start, r.end)).toBe(r.text);
  });

  it('closes a straight quote after a digit, and starts a stray closing mark after the last quote', () => {
    const odds = 'Boehner admitted there\'s a "1 in 3" chance of a shutdown. The House will vote on Friday.';
    expect(quotedRegions(odds, 1).map((r) => r.text)).toEqual(['"1 in 3"']);
    const stray = '“We will win,” Christie said. He added that the race was wide open.”';
    expect(quotedRegions(stray, 1).map((r) => r.text)).toEqual([
      '“We will win,”',
      ' Christie said. He added that the race was wide open.”',
    ]);
  });

  it('gives a one-word quote to the speaker when its sentence reports speech', () => {
    // HuffPost (BASIL 0d10): "proud" is Trump's word, though the "said" is mid-sentence, out of analysis's reach.
    const reported =
      'Senate Minority Leader Chuck Schumer and House Speaker-to-be Nancy Pelosi made their first visit to the White House since their Dec. 11 meeting with Trump, when he said he would be \u201cproud\u201d to take responsibility for a government shutdown in his effort to force Congress to spend billions of dollars on a wall along the southern border.';
    const terms = findFraming(analyzedText(reported)).loaded.map((l) => l.term.toLowerCase());
    expect(terms).not.toContain('proud');
    // Fox News (BASIL c21cb217), straight marks: Weiner's "certainly".
    const weiner =
      'He also said he "certainly" does not know the college student the image was sent to -- though, when asked repeatedly, Weiner declined to say whether he was shown in the image.';
    expect(findFraming(analyzedText(weiner)).loaded.map((l) => l.term.toLowerCase())).not.toContain(
      'certainly',
    );
    // A constructed control: the same quote with no speech in its sentence stays a scare quote, the outlet's word.
    const scare =
      'Senate Minority Leader Chuck Schumer and House Speaker-to-be Nancy Pelosi made their first visit to the White House, which was \u201cproud\u201d to take responsibility for a government shutdown.';
    expect(findFraming(analyzedText(scare)).loaded.map((l) => l.term.toLowerCase())).toContain('proud');
  });

  it('leaves short scare quotes to the outlet voice when asked for longer quotes only', () => {
    const text =
      'The senator voiced “real doubts” about the plan, and aides said “we will not back this bill at all.”';
    expect(quotedRegions(text, 4).map((r) => r.text)).toEqual(['“we will not back this bill at all.”']);
  });
});
