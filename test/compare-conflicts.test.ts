import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';
import {
  changesMeaning,
  compareStory,
  diffWords,
  excerptDiff,
  type WordDiffPart,
} from '../src/compare/index.js';
import { extractArticle } from '../src/extract/index.js';
import { explainCounts } from '../src/compare/explain-counts.js';
import type { ComparedConflict, ComparedFact, Quantity, Report } from '../src/model/index.js';
import { sampleResult } from './helpers/sample.js';

const count = (value: number, extra: Partial<Quantity> = {}): Quantity => ({
  start: 0,
  end: 2,
  text: String(value),
  value,
  unit: 'attack',
  sentenceId: 's1',
  ...extra,
});

/** An article of the given text, analysed. */
function analyzed(input: string, content: string) {
  const { article } = extractArticle({ input, format: 'text', content });
  return analyzeArticle(article!);
}

/** Every piece of evidence is the sentence it names, word for word, in the article it names. */
function expectRealEvidence(
  report: Report,
  evidence: readonly { articleId: string; sentenceId: string; text: string }[],
) {
  for (const e of evidence) {
    const article = report.articles.find((a) => a.id === e.articleId)!;
    const sentence = article.sentences.find((s) => s.id === e.sentenceId)!;
    expect(sentence.text).toBe(e.text);
    expect(article.text.slice(sentence.start, sentence.end)).toBe(e.text);
  }
}

describe('conflicts on the sample story', () => {
  it('explains the attack counts: different start dates, and "over 30" as a bound compatible with 32', async () => {
    const { report } = await sampleResult();
    const conflict = report.stories[0]!.conflicts.find((c) => c.subject === 'number of attacks')!;
    expect(conflict.explanation).toMatch(/38 since October 7/);
    expect(conflict.explanation).toMatch(/over 30, 32 since October 17|32, over 30 since October 17/);
    expect(conflict.explanation).toMatch(/"over 30" is a lower bound compatible with 32/);
    for (const value of conflict.values) {
      expectRealEvidence(report, value.evidence);
      for (const e of value.evidence) expect(e.text).toContain(String(value.normalized));
    }
  });

  it('shows injured and casualty counts as different measures, not a contradiction', async () => {
    const { report } = await sampleResult();
    const conflict = report.stories[0]!.conflicts.find((c) => /harmed/.test(c.subject)) as ComparedConflict;
    expect(conflict).toBeDefined();
    expect(conflict.compatible).toBe(true);
    expect(conflict.explanation).toMatch(/different measures \(casualties vs injured\)/);
    const injured = conflict.values.find((v) => /injured/.test(v.value))!;
    expect(injured.evidence[0]!.text).toMatch(/46 personnel injured/);
    const casualties = conflict.values.find((v) => /casualties/.test(v.value))!;
    expect(casualties.evidence[0]!.text).toMatch(/two dozen casualties/);
  });

  it('cites, for every fact and conflict, sentences that are really in the articles', async () => {
    const { report } = await sampleResult();
    const story = report.stories[0]!;
    for (const fact of story.facts) expectRealEvidence(report, fact.evidence);
    for (const conflict of story.conflicts)
      for (const v of conflict.values) expectRealEvidence(report, v.evidence);
  });
});

describe('agreed facts on the sample story', () => {
  it('groups the shared figure of 38 attacks with both outlets that give it', async () => {
    const { report } = await sampleResult();
    const fact = report.stories[0]!.facts.find((f) =>
      f.evidence.some((e) => /Over 38 attacks/.test(e.text)),
    )!;
    expect(fact.articleIds).toHaveLength(2);
    for (const e of fact.evidence) expect(e.text).toMatch(/\b38\b/);
  });

  it('never groups sentences that give different counts of the same thing', async () => {
    const { report } = await sampleResult();
    const facts = report.stories[0]!.facts.filter((f) => f.articleIds.length > 1);
    for (const fact of facts) {
      const counts = fact.evidence.flatMap((e) =>
        [...e.text.matchAll(/(\d+) (?:confirmed )?attacks/g)].map((m) => m[1]),
      );
      expect(new Set(counts).size).toBeLessThanOrEqual(1);
    }
    // "Attacks on Israel have come from Iran-backed proxies" is not a fact about attacks on US forces.
    const israel = facts.find((f) => f.evidence.some((e) => e.text.startsWith('Attacks on Israel')));
    expect(israel).toBeUndefined();
  });

  it('tells quoted facts from the outlets own statements, and marks single-source facts', async () => {
    const { report } = await sampleResult();
    const facts = report.stories[0]!.facts as ComparedFact[];
    const quoted = facts.find(
      (f) => f.articleIds.length > 1 && f.evidence.some((e) => e.text.includes('totally unacceptable')),
    )!;
    expect(quoted.voice).toBe('quote');
    const visit = facts.find((f) => f.articleIds.length >= 3 && /visit|trip/.test(f.text))!;
    expect(visit.voice).toBe('outlet');
    for (const f of facts) expect(f.singleSource).toBe(f.articleIds.length === 1);
  });

  it('lists as omissions of an article only facts at least two other articles report', async () => {
    const { report } = await sampleResult();
    const story = report.stories[0]!;
    for (const omission of story.omissions) {
      for (const id of omission.factIds) {
        const fact = story.facts.find((f) => f.id === id)!;
        expect(fact.articleIds).not.toContain(omission.articleId);
        expect(fact.articleIds.length).toBeGreaterThanOrEqual(2);
      }
    }
  });
});

describe('quote variants', () => {
  it('does not flag punctuation, "very", inflection or a shorter excerpt as a change of meaning', () => {
    expect(changesMeaning(diffWords('It is very clear, he said.', 'It is clear he said'))).toBe(false);
    expect(changesMeaning(diffWords('threats from the militia', 'threats from militias'))).toBe(false);
    expect(
      changesMeaning(
        diffWords('working with his forces to act, to prevent them', 'working with his forces to act'),
      ),
    ).toBe(false);
  });

  it('flags a changed meaning-bearing word', () => {
    const diff = diffWords('the attacks are totally unacceptable', 'the attacks are totally acceptable');
    expect(diff).toContainEqual({ op: 'removed', text: 'unacceptable' });
    expect(diff).toContainEqual({ op: 'added', text: 'acceptable' });
    expect(changesMeaning(diff)).toBe(true);
  });

  it('shows words an excerpt leaves off its ends as "…", not struck out (BASIL 06ffda2d, a journalist review)', async () => {
    // The NYT broke the quote around "he said in his statement"; Fox quoted it whole.
    const fox = analyzed(
      'fox',
      '“Leaving my service in the House, I’m able to look back at the entirety of my career in public office and say that it was well worthwhile,” Farenthold said.',
    );
    const nyt = analyzed(
      'nyt',
      '“Leaving my service in the House,” he said in his statement, “I’m able to look back at the entirety of my career in public office and say that it was well worthwhile.”',
    );
    const group = compareStory([fox, nyt]).quotes.find((q) => q.text.includes('look back'))!;
    // The diff and meaningChanged are Parallax's own fields beside the contract's.
    const variant = group.variants.find((v) => v.articleId === nyt.article.id)! as {
      diff?: WordDiffPart[];
      meaningChanged?: boolean;
    };
    expect(variant.diff![0]).toEqual({ op: 'same', text: '…' });
    expect(variant.diff!.filter((p) => p.op !== 'same')).toEqual([]);
    expect(variant.meaningChanged).toBe(false);
  });

  it('aligns the Blinken quote across the outlets that render it', async () => {
    const { report } = await sampleResult();
    const group = report.stories[0]!.quotes.find((q) => /totally unacceptable/.test(q.text))!;
    expect(group.speaker.name).toMatch(/Blinken/);
    expect(group.variants.length).toBeGreaterThanOrEqual(2);
    for (const v of group.variants) {
      const article = report.articles.find((a) => a.id === v.articleId)!;
      expect(article.text.slice(v.start, v.end)).toBe(v.text);
    }
  });
});

describe('explaining differing counts', () => {
  it('recognises a running count reported on different days', () => {
    const result = explainCounts([
      { articleId: 'a', quantity: count(20), publishedAt: '2023-10-25' },
      { articleId: 'b', quantity: count(32), publishedAt: '2023-11-01' },
    ]);
    expect(result.notes.join(' ')).toMatch(
      /running count reported on different days \(20 on 2023-10-25, 32 on 2023-11-01\)/,
    );
    expect(result.compatible).toBe(true);
  });

  it('keeps a real conflict when nothing in the text explains it', () => {
    const result = explainCounts([
      { articleId: 'a', quantity: count(38) },
      { articleId: 'b', quantity: count(32) },
    ]);
    expect(result.notes).toEqual([]);
    expect(result.compatible).toBe(false);
  });

  it('does not call a figure 30% off another its rounding', () => {
    const result = explainCounts([
      { articleId: 'a', quantity: count(10_000, { unit: 'protester' }) },
      { articleId: 'b', quantity: count(14_000, { unit: 'protester' }) },
    ]);
    expect(result).toEqual({ notes: [], compatible: false });
  });

  it('reads a round figure and "over" that figure as possibly one sum rounded, but not a small count', () => {
    const round = explainCounts([
      { articleId: 'a', quantity: count(200_000, { qualifier: 'over', unit: 'dollar' }) },
      { articleId: 'b', quantity: count(200_000, { qualifier: 'exact', unit: 'dollar' }) },
    ]);
    expect(round.notes).toEqual(['$200,000 may be "over $200,000" rounded down']);
    expect(round.compatible).toBe(true);
    const small = explainCounts([
      { articleId: 'a', quantity: count(8, { qualifier: 'over' }) },
      { articleId: 'b', quantity: count(8, { qualifier: 'exact' }) },
    ]);
    expect(small.compatible).toBe(false);
    // A span of time is told loosely at any size: "11 months" and "more than 11 months".
    const span = explainCounts([
      { articleId: 'a', quantity: count(11, { qualifier: 'over', unit: 'month' }) },
      { articleId: 'b', quantity: count(11, { qualifier: 'exact', unit: 'month' }) },
    ]);
    expect(span.notes).toEqual(['11 may be "over 11" rounded down']);
    expect(span.compatible).toBe(true);
  });

  it('pairs a lower bound with the value counted from the same start date', () => {
    const result = explainCounts([
      { articleId: 'a', quantity: count(38, { since: 'October 7' }) },
      { articleId: 'b', quantity: count(30, { qualifier: 'over', since: 'October 17' }) },
      { articleId: 'c', quantity: count(32, { since: 'October 17' }) },
    ]);
    expect(result.notes).toContain('"over 30" is a lower bound compatible with 32');
    expect(result.compatible).toBe(true);
  });
});

describe('count conflicts on real wording', () => {
  /** The count conflicts of a story of two articles of the given texts. */
  const quantityConflicts = (a: string, b: string) =>
    compareStory([analyzed('a', a), analyzed('b', b)]).conflicts.filter((c) => c.kind === 'quantity');

  it('compares only figures of a like size: a total and a daily count are not a dispute', () => {
    const found = quantityConflicts(
      'The country has recorded 40,000,070 cases and 651,690 deaths, according to the latest NBC News tally. It recorded 35,355 new cases and 279 deaths Sunday.',
      'The U.S. has recorded 40 million cases and 660,000 deaths since the start of the pandemic, according to a tally of cases and deaths.',
    );
    const deaths = found.filter((c) => c.subject === 'number of deaths');
    expect(deaths).toHaveLength(1);
    expect(deaths[0]!.values.map((v) => v.value)).toEqual(['651,690', '660,000']);
  });

  it('does not let figures in between link a daily toll to a total', () => {
    const found = quantityConflicts(
      'Officials said 279 people were killed in Gaza on Sunday as strikes continued. About 1,000 people were sheltering in the hospital grounds in Gaza.',
      'Officials said 15,000 people have been killed in Gaza since October 7 as strikes continued. Some 4,000 people crossed into Egypt from Gaza.',
    );
    expect(found).toEqual([]);
  });

  // BASIL's marijuana-lawsuit triplet: the story's words are shared, the counted things are not.
  it('does not set a count against one of a different thing in a sentence only loosely alike', () => {
    const found = quantityConflicts(
      'DENVER — Two heartland states filed the first major court challenge to marijuana legalization on Thursday, saying that Colorado’s growing array of state-regulated recreational marijuana shops was piping marijuana into neighboring states and should be shut down.',
      'Nebraska and Oklahoma sued Colorado over its marijuana laws. Four states have legalized recreational marijuana, along with voters in D.C.',
    );
    expect(found).toEqual([]);
  });

  it('disputes counts of the story’s own days though an article names a date in a later year', () => {
    const dated = (input: string, content: string) =>
      analyzeArticle({
        ...extractArticle({ input, format: 'text', content }).article!,
        publishedAt: '2023-11-06',
      });
    const found = compareStory([
      dated(
        'a',
        'Militias have carried out 38 attacks on US forces since October 17, 2023, the Pentagon said.',
      ),
      dated(
        'b',
        'Militias have carried out 32 attacks on US forces since October 17, 2023, the Pentagon said. Iraq holds provincial elections on December 18, 2024.',
      ),
    ]).conflicts.filter((c) => c.kind === 'quantity');
    expect(found.map((c) => c.values.map((v) => v.value))).toEqual([['32', '38']]);
  });

  it('still disputes figures a few times apart: 3,000 marchers against 10,000', () => {
    const found = quantityConflicts(
      'Police said about 3,000 protesters marched through central Hong Kong on Sunday afternoon.',
      'Organisers said 10,000 protesters marched through central Hong Kong on Sunday afternoon.',
    );
    const conflict = found[0];
    expect(conflict?.values.map((v) => v.value)).toEqual(['about 3,000', '10,000']);
  });

  it('does not dispute a figure that the other article also gives beside another one', () => {
    const found = quantityConflicts(
      'The proposal would cost $1.2 trillion over eight years and include $579 billion in new spending.',
      'The plan includes about $579 billion in new spending and would cost $974 billion over five years or $1.2 trillion over eight years.',
    );
    expect(found).toEqual([]);
  });

  it('explains a large figure rounded, and labels money with its currency', () => {
    const found = quantityConflicts(
      'The House passed a $1.37 trillion spending package that includes money for the border wall.',
      'The House passed a $1.4 trillion spending package that includes money for the border wall.',
    );
    const conflict = found[0]!;
    expect(conflict.subject).toBe('amount in dollars');
    expect(conflict.values.map((v) => v.value)).toEqual(['$1.37 trillion', '$1.4 trillion']);
    expect(conflict.explanation).toBe('$1.4 trillion is $1.37 trillion rounded');
    expect((conflict as ComparedConflict).compatible).toBe(true);
  });

  it('labels money per period as money', () => {
    const found = quantityConflicts(
      'The new rule lets federal contractors pay apprentices $50,000 a year under the program.',
      'The new rule lets federal contractors pay apprentices $60,000 a year under the program.',
    );
    const conflict = found[0]!;
    expect(conflict.subject).toBe('amount in dollars per year');
    expect(conflict.values.map((v) => v.value)).toEqual(['$50,000', '$60,000']);
  });

  it('keeps a small count apart from its round neighbour, and names people as people', () => {
    const found = quantityConflicts(
      'The shooting at two New Zealand mosques killed 50 people and wounded dozens more.',
      'The shooting at two New Zealand mosques left 49 people dead and wounded dozens more.',
    );
    const conflict = found[0]!;
    expect(conflict.subject).toBe('number of people');
    expect((conflict as ComparedConflict).compatible).toBe(false);
  });

  it('does not set a tally against the number of votes a rule requires', () => {
    const found = quantityConflicts(
      'The Senate motion to advance the bill got 47 votes on Tuesday.',
      'The Senate motion to advance the bill failed on Tuesday, short of the 60 votes needed to overcome a filibuster.',
    );
    expect(found).toEqual([]);
    const tallies = quantityConflicts(
      'The Senate motion to advance the bill got 47 votes on Tuesday.',
      'The Senate motion to advance the bill got 48 votes on Tuesday.',
    );
    expect(tallies[0]?.values.map((v) => v.value)).toEqual(['47', '48']);
    expect(
      quantityConflicts(
        'The Senate motion to advance the bill got 47 votes on Tuesday.',
        'The Senate motion to advance the bill fell short of the 60 votes necessary on Tuesday.',
      ),
    ).toEqual([]);
    // "Needs" before the number sets a requirement too.
    expect(
      quantityConflicts(
        'The Senate motion to advance the bill got 47 votes on Tuesday.',
        'The Senate motion to advance the bill needs 60 votes, and it failed on Tuesday.',
      ),
    ).toEqual([]);
  });

  it('still sets tallies with a purpose, and people who needed treatment, against each other', () => {
    for (const [a, b] of [
      [
        'The House mustered 290 votes to override the veto on Tuesday.',
        'The House mustered 322 votes to override the veto on Tuesday.',
      ],
      [
        'Biden won 306 electoral votes to secure the presidency in November.',
        'Biden won 290 electoral votes to secure the presidency in November.',
      ],
      [
        'About 30 people required hospital treatment after the blast on Sunday.',
        'About 80 people required hospital treatment after the blast on Sunday.',
        [
          'The Senate motion had 58 votes to end debate on the bill on Tuesday.',
          'The Senate motion had the 60 votes to end debate on the bill on Tuesday.',
        ],
      ],
    ] as const)
      expect(quantityConflicts(a, b)).toHaveLength(1);
  });
});

describe('attribution conflicts', () => {
  const quote = '"We will take every necessary step to protect our people and our forces in the region,"';
  const story = [
    analyzed(
      'a',
      `${quote} Antony Blinken said on Sunday after meeting officials in Baghdad about the attacks.`,
    ),
    analyzed(
      'b',
      `${quote} Anthony Blinken said on Sunday after meeting officials in Baghdad about the attacks.`,
    ),
    analyzed('c', `${quote} John Kirby said on Sunday after meeting officials in Baghdad about the attacks.`),
  ];

  it('merges spelling variants of a speaker and reports who else the quote is given to', () => {
    const conflict = compareStory(story).conflicts.find((c) => c.kind === 'attribution')!;
    expect(conflict).toBeDefined();
    const values = conflict.values.map((v) => v.value).sort();
    expect(values).toHaveLength(2);
    expect(values[0]).toMatch(/Blinken/);
    expect(values[1]).toBe('John Kirby');
    const blinken = conflict.values.find((v) => /Blinken/.test(v.value))!;
    expect(blinken.articleIds.sort()).toEqual([story[0]!.article.id, story[1]!.article.id].sort());
    for (const e of blinken.evidence) expect(e.text).toMatch(/Blinken said/);
  });

  it('reports no conflict when every outlet names the same speaker', () => {
    const same = compareStory(story.slice(0, 2));
    expect(same.conflicts.filter((c) => c.kind === 'attribution')).toEqual([]);
  });
});

describe('attribution conflicts from neighbouring sentences', () => {
  it('reports no conflict when one outlet gives the quote only through "he" or the next sentence', () => {
    const quote = '"We will take every necessary step to protect our people and our forces in the region,"';
    const story = [
      analyzed(
        'a',
        `${quote} John Kirby said on Sunday after meeting officials in Baghdad about the attacks.`,
      ),
      analyzed(
        'b',
        `Antony Blinken met officials in Baghdad about the attacks on Sunday. ${quote} he said on Sunday after the meeting.`,
      ),
    ];
    expect(compareStory(story).conflicts.filter((c) => c.kind === 'attribution')).toEqual([]);
  });
});

describe('contradicting claims', () => {
  it('reports an outlet saying something happened and another saying it did not', () => {
    const story = [
      analyzed('a', 'The Iraqi prime minister met the visiting delegation in Baghdad on Sunday evening.'),
      analyzed(
        'b',
        'The Iraqi prime minister did not meet the visiting delegation in Baghdad on Sunday evening.',
      ),
    ];
    const conflict = compareStory(story).conflicts.find((c) => c.kind === 'claim')!;
    expect(conflict).toBeDefined();
    expect(conflict.values.find((v) => v.value === 'says not')!.evidence[0]!.text).toMatch(/did not meet/);
    expect(conflict.values.find((v) => v.value === 'says so')!.articleIds).toEqual([story[0]!.article.id]);
  });

  it('does not take "not only" or an extra negated clause for a denial', () => {
    const story = [
      analyzed(
        'a',
        'The inspector general report criticized the agent for his use of personal email at work.',
      ),
      analyzed(
        'b',
        'The inspector general report not only criticized the agent for his use of personal email at work.',
      ),
    ];
    expect(compareStory(story).conflicts.filter((c) => c.kind === 'claim')).toEqual([]);
    const longer = [
      analyzed(
        'c',
        'We will work with our allies in Congress to make sure we get the strongest possible deal for workers.',
      ),
      analyzed(
        'd',
        "We will work with our allies in Congress to make sure we get the strongest possible deal for workers, and if we don't get it, no deal.",
      ),
    ];
    expect(compareStory(longer).conflicts.filter((c) => c.kind === 'claim')).toEqual([]);
  });
});

// BASIL 0d10341a (the 2019 shutdown), sentences as the outlets wrote them.
const SHUTDOWN_FOX = [
  'He indicated he was not shifting on his demand for more than $5 billion for funding for a wall on the southern border, saying it was necessary as the border is a "dangerous, horrible disaster."',
  'Trump has said that $5 billion in funding for the wall is non-negotiable, while Democrats have said they will fund more general border security -- but not the wall.',
].join(' ');
const SHUTDOWN_NYT = [
  'Pressed by Vice President Mike Pence and Representative Kevin McCarthy of California, the incoming minority leader, they refused to budge from their offer to devote $1.3 billion to border security.',
  'The homeland security measure would devote $1.3 billion to border security measures, such as enhanced surveillance and fortified fencing, but not the wall.',
  'Before he met congressional leaders on Wednesday, Mr. Trump publicly rejected a compromise that Mr. Pence floated privately with Democrats last month to stave off the government funding lapse, saying $2.5 billion in border security spending was insufficient.',
  '“No, not $2.5 billion, no — we’re asking for $5.6” billion, Mr. Trump said during a cabinet meeting, hours before the Situation Room briefing.',
  'Ms. Pelosi and Mr. Schumer said $1.3 billion was their highest bid.',
].join(' ');
const SHUTDOWN_HPO =
  'Trump is now insisting that Congress appropriate $5.7 billion for that project, while Democrats want a short-term spending bill for the Department of Homeland Security and full-year funding for the other affected agencies while funding for the wall is negotiated separately.';

describe('sums of money offered and demanded', () => {
  const sums = (articles: ReturnType<typeof analyzed>[]) =>
    compareStory(articles).conflicts.filter((c) => c.subject === 'amount in dollars');

  it('does not set the Democrats’ offer for border security against Trump’s demand for the wall', () => {
    const found = sums([analyzed('fox', SHUTDOWN_FOX), analyzed('nyt', SHUTDOWN_NYT)]);
    for (const conflict of found)
      for (const value of conflict.values) expect(value.value).not.toMatch(/\$(?:1\.3|2\.5) billion/);
  });

  it('finds Trump’s demand given as $5.6 billion (scale outside his quote) and as $5.7 billion', () => {
    const found = sums([
      analyzed('fox', SHUTDOWN_FOX),
      analyzed('nyt', SHUTDOWN_NYT),
      analyzed('hpo', SHUTDOWN_HPO),
    ]);
    expect(found).toHaveLength(1);
    const values = found[0]!.values.map((v) => v.value);
    expect(values).toContain('$5.6 billion');
    expect(values).toContain('$5.7 billion');
    expect(values.filter((v) => /\$(?:1\.3|2\.5) billion/.test(v))).toEqual([]);
    expect(found[0]!.values.find((v) => v.value === '$5.6 billion')!.evidence[0]!.text).toMatch(
      /asking for \$5\.6” billion/,
    );
  });
});

describe('figures and dates of different things (BASIL 85475456, a journalist review)', () => {
  it('does not set a span of service against a window looked back through ("the past twenty years")', () => {
    const fox = analyzed(
      'fox',
      'Blumenthal served six months on Paris Island and six years in the Marine Corps reserves, his campaign said.',
    );
    const hpo = analyzed(
      'hpo',
      'In the past twenty years, Blumenthal has attended hundreds of events where he was clear about his service in the Marine Corps reserves, his campaign said.',
    );
    expect(compareStory([fox, hpo]).conflicts).toEqual([]);
  });

  it('does not set the dates of two differently named events against each other', () => {
    const fox = analyzed(
      'fox',
      'At that March 2 event, Blumenthal, advocating for troops returning from war, clearly says he served in Vietnam.',
    );
    const hpo = analyzed(
      'hpo',
      'In fact, as recently as the US Senate debate on March 1, 2010, Blumenthal clearly stated that he did not serve in Vietnam.',
    );
    expect(compareStory([fox, hpo]).conflicts).toEqual([]);
    // The same event dated apart is still a conflict.
    const a = analyzed(
      'a',
      'The US launched airstrikes in eastern Syria on October 27 to deter future attacks.',
    );
    const b = analyzed(
      'b',
      'The US carried out airstrikes against two facilities in eastern Syria on October 26.',
    );
    expect(compareStory([a, b]).conflicts.map((c) => c.kind)).toEqual(['date']);
  });
});

describe('the wording of an agreed fact (BASIL 1b96a5db, a journalist review)', () => {
  it('is the evidence sentence with the fewest loaded words in its outlet’s own voice', () => {
    const hpo = analyzed(
      'hpo',
      'In a stinging blow to Obama, the Senate voted Wednesday to override his veto of a bill to let 9/11 victims sue Saudi Arabia.',
    );
    // The longer sentence, which the alignment alone would not choose.
    const fox = analyzed(
      'fox',
      'Congress on Wednesday rejected President Barack Obama’s veto of a bill that would let the families of the victims of the 9/11 attacks sue the government of Saudi Arabia.',
    );
    const story = compareStory([hpo, fox]);
    expect(story.framing.find((f) => f.articleId === hpo.article.id)?.loaded.map((l) => l.term)).toContain(
      'stinging',
    );
    expect(story.facts.map((f) => [f.text.slice(0, 30), f.articleIds.length])).toEqual([
      ['Congress on Wednesday rejected', 2],
    ]);
  });
});

describe('rules that must not reach too far (a review of this session’s changes)', () => {
  it('still disputes a date whatever the word order, and counts after "last" that are not time', () => {
    const a = analyzed('a', 'Governor Jane Smith on March 2 signed the emergency order for the county.');
    const b = analyzed('b', 'Governor Jane Smith signed the emergency order for the county on March 4.');
    expect(compareStory([a, b]).conflicts.map((c) => c.kind)).toEqual(['date']);
    const c = analyzed('c', 'Police said the last 12 people were arrested near the embassy on Friday.');
    const d = analyzed('d', 'Police said the last 40 people were arrested near the embassy on Friday.');
    expect(compareStory([c, d]).conflicts.map((x) => x.kind)).toEqual(['quantity']);
  });

  it('keeps a denial an excerpt leaves off struck out, and a changed first word a change', () => {
    const cut = diffWords('We will not raise taxes on the middle class', 'raise taxes on the middle class');
    expect(excerptDiff(cut)[0]).toEqual({ op: 'removed', text: 'We will not' });
    expect(changesMeaning(cut)).toBe(true);
    expect(excerptDiff(diffWords('The plan will cost billions', 'A plan will cost billions'))[0]).toEqual({
      op: 'removed',
      text: 'The',
    });
  });
});
