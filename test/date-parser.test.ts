import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { DATE_PARSER } from '../src/analyze/date-parser.js';
import { splitSentences } from '../src/analyze/index.js';
import { sampleResult } from './helpers/sample.js';

const COMPONENTS = ['year', 'month', 'day', 'weekday', 'hour', 'minute'] as const;

/** What a parse found, in full: where, the text, and every component with its certainty. */
function found(results: readonly chrono.ParsedResult[]) {
  return results.map((r) => ({
    index: r.index,
    text: r.text,
    start: COMPONENTS.map((c) => [c, r.start.get(c), r.start.isCertain(c)]),
    end: r.end && COMPONENTS.map((c) => [c, r.end!.get(c), r.end!.isCertain(c)]),
  }));
}

// Real news phrasing that reaches each chrono parser (weekday, casual, relative, time units, numeric forms).
const PHRASES = [
  'The militia claimed the attack on Tuesday night, two days after a drone struck the base.',
  'Officials said the talks would resume next week, or at the end of the month at the latest.',
  'Since October 17, U.S. forces have come under attack at least 46 times, the Pentagon said on Oct. 26.',
  'The strike came three weeks ago, hours after the minister landed in Baghdad at 5 p.m. local time.',
  'He will testify tomorrow morning; the vote is expected this weekend or on Mon., Nov. 6.',
  'The report, dated 2023-10-17, covers 10/17/2023 to 11/2023 and the 17th of October 2023.',
  'Yesterday the White House said the troops would stay "for now", and leave a few months later.',
  'The ceasefire began at midnight and ended at noon this afternoon, within 2 hours of the deadline.',
  'In January 2020, a U.S. strike killed Soleimani; last year and this month saw more attacks.',
  'Tonight the president speaks; in the morning the Senate votes, and Thurs. the House.',
];

describe('date parser', () => {
  it('finds what chrono finds on real news sentences, with or without a publication date', async () => {
    const { analyzed } = await sampleResult();
    const sentences = [
      ...analyzed.flatMap((a) => a.sentences.map((s) => s.text)),
      ...PHRASES.flatMap((p) => splitSentences(p).map((s) => s.text)),
    ];
    expect(sentences.length).toBeGreaterThan(100);
    for (const instant of [new Date('2023-11-01T12:00:00Z'), new Date(Date.UTC(2000, 0, 1))]) {
      for (const text of sentences) {
        const reference = { instant, timezone: 0 };
        expect(found(DATE_PARSER.parse(text, reference, { forwardDate: false })), text).toEqual(
          found(chrono.en.parse(text, reference, { forwardDate: false })),
        );
      }
    }
  });

  it('still finds dates that only a parser skipped for other sentences reads', () => {
    const texts = PHRASES.flatMap((p) =>
      DATE_PARSER.parse(p, new Date('2023-11-01T12:00:00Z')).map((r) => r.text),
    );
    expect(texts).toEqual(
      expect.arrayContaining(['three weeks ago', 'Yesterday', 'end of the month', 'a few months later']),
    );
  });
});
