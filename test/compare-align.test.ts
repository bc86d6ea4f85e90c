import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';
import { alignFacts } from '../src/compare/align-facts.js';
import { mainClauseTense } from '../src/compare/main-clause-tense.js';
import { negationScopes } from '../src/compare/negation-scope.js';
import { disagree, sentenceFeatures } from '../src/compare/sentence-features.js';

// Sentences below are from BASIL dev stories the brief review read (3ae35b16, 1bb79cc1) and NeuS val31.
const features = (id: string, text: string) =>
  sentenceFeatures(analyzeArticle({ id, input: id, text, removed: [] }));

/** The facts that two or more of the articles state, each as its sentences. */
const agreed = (...texts: string[]) =>
  alignFacts(texts.map((text, i) => features(`a${i}`, text)))
    .filter((f) => f.articleIds.length > 1)
    .map((f) => f.evidence.map((e) => e.text));

const DECLARED_FOX =
  'President Trump said Friday he is declaring a national emergency on the southern border, tapping into executive powers in a bid to divert billions toward construction of a wall.';
const DECLARED_NYT =
  'WASHINGTON — President Trump declared a national emergency on the border with Mexico on Friday in order to access billions of dollars that Congress refused to give him for a border wall.';

describe('agreed facts never merge sentences that disagree', () => {
  it('keeps apart quotes of different speakers (Becerra’s and Trump’s "national emergency")', () => {
    const huffPost =
      '“Any crisis on our border is of President Trump’s own making: family separations, child detention, turning our backs on asylum seekers, and more. There is no national emergency,” California Attorney General Xavier Becerra, who has sued the Trump administration multiple times, said in a statement.';
    const fox = `${DECLARED_FOX}\n\n"We will have a national emergency, and we will then be sued," Trump said, adding that the federal appeals courts could well rule against his administration.`;
    const facts = agreed(huffPost, fox);
    expect(facts.flat().some((text) => /There is no national emergency/.test(text))).toBe(false);
  });

  it('keeps apart a statement and its negation ("included none of the $5.7 billion")', () => {
    const nyt = `${DECLARED_NYT}\n\nThe spending package passed Thursday by Congress included none of the $5.7 billion that Mr. Trump demanded for 234 miles of steel wall.`;
    const huffPost = `${DECLARED_FOX}\n\nTrump is also expected to approve Congress’ spending bill, which grants him $1.375 billion for the wall, as opposed to the $5.7 billion he initially demanded.`;
    const facts = agreed(nyt, huffPost);
    expect(facts.flat().some((text) => /none of the \$5\.7 billion/.test(text))).toBe(false);
    // The outlets still agree on the declaration itself.
    expect(facts).toContainEqual(expect.arrayContaining([DECLARED_NYT, DECLARED_FOX]));
  });

  it('does not let a negation of other words block a paraphrase (Morell deleting the warnings)', () => {
    const nyt =
      'Mr. Morell, administration officials said, deleted a reference in the draft version of the talking points to C.I.A. warnings of extremist threats in Libya, which State Department officials objected to because they feared it would reflect badly on them.';
    const huffPost =
      'Morell believed it was irrelevant to the message of the talking points -- what happened in Benghazi -- and unprofessional to include those warnings but not allow State Department officials to include how they had responded to them.';
    expect(disagree(features('a', nyt)[0]!, features('b', huffPost)[0]!)).toBe(false);
    expect(negationScopes('did not declare a national emergency')).toEqual([{ start: 7, end: 15 }]);
    expect(negationScopes('It is not only a crisis')).toEqual([]);
  });

  it('reads fixed phrases with "no" and "not" as no denial, and "no longer" as denying what follows', () => {
    for (const asserted of [
      'The hearing lasted no longer than an hour.',
      'Not long after the vote, the senator resigned.',
      'There is no question the bill will pass the Senate.',
    ])
      expect(negationScopes(asserted)).toEqual([]);
    const text = 'He is no longer the chief executive of the company.';
    expect(negationScopes(text).map((s) => text.slice(s.start, s.end).trim())).toEqual(['longer the chief']);
  });

  it('treats different percentages of the same thing as a disagreement ("13 percent" vs "12%")', () => {
    const [thirteen] = features(
      'a',
      'During a stop at the border in Texas, Mayorkas commented that 212,672 migrants were encountered in July, a 13 percent increase over the influx of 188,000 migrants encountered in June.',
    );
    const [twelve] = features(
      'b',
      'The Border Patrol made about 200,000 arrests at the southern border in July, marking the busiest month at the border in 21 years and a 12% increase over the previous month, according to new figures released Thursday.',
    );
    expect(disagree(thirteen!, twelve!)).toBe(true);
    const [alsoThirteen] = features('c', 'Border agents encountered 13% more migrants in July than in June.');
    expect(disagree(thirteen!, alsoThirteen!)).toBe(false);
  });
});

describe('agreed facts across a rounded figure', () => {
  // NeuS val35: one outlet gives $1.37 trillion, another rounds it to $1.4 trillion; the passage is one fact.
  it('groups "$1.37 trillion" with "$1.4 trillion" but keeps a different sum apart', () => {
    const precise =
      "The House passed a $1.37 trillion spending package that includes money for President Donald Trump's border wall and increases the age for purchasing tobacco products from 18 to 21.";
    const rounded =
      "The Democratic-controlled House on Tuesday approved a $1.4 trillion federal spending bill that includes funding for President Trump's border wall and raises the minimum age for buying tobacco products.";
    expect(agreed(precise, rounded)).toHaveLength(1);
    expect(disagree(features('a', precise)[0]!, features('b', rounded.replace('$1.4', '$1.9'))[0]!)).toBe(
      true,
    );
  });
});

describe('agreed facts keep a forecast apart from the outcome', () => {
  // BASIL dev 1b96a5db: nyt wrote before the vote, HuffPost and Fox after it.
  const NYT_FORECAST =
    'As part of its final bit of business before the election, Congress is set to vote to override President Obama’s veto of a bill allowing families of those killed in the Sept. 11 attacks to sue Saudi Arabia for any role in the terrorist plot.';
  const HPO_OUTCOME =
    'WASHINGTON ― In a stinging blow to President Barack Obama, the Senate voted Wednesday to override his veto of a bill to let 9/11 victims sue Saudi Arabia for its alleged role in the terrorist attacks.';
  const FOX_OUTCOME =
    'Congress on Wednesday overwhelmingly rejected President Obama’s veto of a bipartisan bill letting families of Sept. 11 victims sue the Saudi Arabian government, in the first successful veto override of Obama’s presidency.';

  it('does not cite the pre-vote story for the override', () => {
    expect(agreed(NYT_FORECAST, HPO_OUTCOME)).toEqual([]);
    expect(agreed(NYT_FORECAST, FOX_OUTCOME)).toEqual([]);
    // The two outlets that report the vote may still agree on it.
    expect(disagree(features('a', HPO_OUTCOME)[0]!, features('b', FOX_OUTCOME)[0]!)).toBe(false);
  });

  it('reads the tense of the main clause, not of a lead-in or an aside', () => {
    expect(mainClauseTense(NYT_FORECAST)).toBe('forecast');
    expect(mainClauseTense(HPO_OUTCOME)).toBe('past');
    expect(
      mainClauseTense(
        'The override, the first Mr. Obama has faced in his presidency, is expected to begin in the Senate on Wednesday, followed by the House on Thursday.',
      ),
    ).toBe('forecast');
    expect(mainClauseTense('President Trump says he is very close to naming a new FBI director.')).toBe(
      undefined,
    );
  });
});

describe('agreed facts need shared words of the statement, not of its time', () => {
  it('keeps apart two claims about the bill that share only "month" (BASIL dev 1b96a5db)', () => {
    const huffPost = 'The White House has fought against the bill for months, to no avail.';
    const fox = 'The bill cleared the House earlier this month, also by voice vote.';
    // The third outlet (nyt) weights the story's words as in the review.
    const nyt = 'Some lawmakers have been scrambling to try to obviate the veto rejection.';
    expect(agreed(huffPost, fox, nyt)).toEqual([]);
  });
});

describe('agreed facts keep a denial apart from a statement of something else', () => {
  // BASIL dev 0d10341a: Fox on Friday's meeting, HuffPost on what Trump left out before Wednesday's.
  const FOX_MET = 'Trump met with Democratic and Republican leaders of both chambers.';
  const HPO_DID_NOT_MENTION =
    'Trump, however, did not mention them during extended remarks he offered shortly before his meeting with the eight top Democratic and Republican congressional leaders.';

  it('does not align "did not mention them … before his meeting" with "met with leaders"', () => {
    expect(disagree(features('a', FOX_MET)[0]!, features('b', HPO_DID_NOT_MENTION)[0]!)).toBe(true);
  });

  it('reads only the main clause: a denial in a relative clause or a quote leaves a match alone', () => {
    // BASIL dev be026bd1 and the seed story: both pairs are one fact.
    const foxWomen =
      'The Post interviewed three other women who were teenagers at the time who claimed Moore pursued them when he was in his 30s, though he did not force them into any type of sexual relationship.';
    const nytWomen =
      'The paper found three other women who said they had been pursued by Mr. Moore around the same time, when they were between 16 and 18 years old.';
    expect(disagree(features('a', foxWomen)[0]!, features('b', nytWomen)[0]!)).toBe(false);
    const quoted =
      'While speaking to reporters after the visit, Blinken said that he and Sudani have “a shared purpose and commitment in trying to make sure that these attacks don’t happen,” adding that Sudani is “working with his own security forces and others to take necessary action” to prevent further attacks.';
    const reported =
      'Blinken said al-Sudani is “working with his own security forces and others to take necessary action … to seek to prevent them.”';
    expect(disagree(features('a', quoted)[0]!, features('b', reported)[0]!)).toBe(false);
  });
});
