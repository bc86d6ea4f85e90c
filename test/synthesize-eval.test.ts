import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lexRank } from '../src/eval/summary/lexrank.js';
import { parseNeus } from '../src/eval/summary/parse-neus.js';
import { rouge, rougeTokens } from '../src/eval/summary/rouge.js';
import { lead3Summary } from '../src/eval/summary/lead3-summary.js';
import { lexRankSummary } from '../src/eval/summary/lexrank-summary.js';
import { parallaxSummary } from '../src/eval/summary/parallax-summary.js';
import { truncateWords } from '../src/eval/summary/truncate-words.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('ROUGE', () => {
  it('lower-cases, splits on non-alphanumerics and Porter-stems words longer than three letters', () => {
    expect(rougeTokens('The Senators were RUNNING, hopefully; 2,000 votes!')).toEqual([
      'the',
      'senat',
      'were',
      'run',
      'hopefulli',
      '2',
      '000',
      'vote',
    ]);
  });

  it('scores by hand-checked counts', () => {
    // candidate: the cat sat on the mat (6); reference: the cat lay on the mat (6)
    const s = rouge('the cat sat on the mat', 'the cat lay on the mat');
    expect(s.rouge1).toBeCloseTo(5 / 6, 10); // the, cat, on, the, mat
    expect(s.rouge2).toBeCloseTo(3 / 5, 10); // the cat, on the, the mat
    expect(s.rougeL).toBeCloseTo(5 / 6, 10);
    expect(rouge('a b c d', 'd c b a').rougeL).toBeCloseTo(1 / 4, 10);
    expect(rouge('', 'anything').rouge1).toBe(0);
  });
});

describe('LexRank and lead-3', () => {
  it('ranks the sentence that shares most with the others first and skips its near-repeats', () => {
    const sentences = [
      'The weather in the capital was mild on Tuesday.',
      'Senate passes the budget bill after a long debate.',
      'The Senate passed the budget bill on Tuesday after a long debate.',
      'The budget bill now goes to the House after the Senate vote.',
      'Fans gathered outside the stadium for the final.',
    ];
    const order = lexRank(sentences);
    expect(order[0]).toBe(2);
    expect(order).not.toContain(1);
    expect(order.indexOf(3)).toBeLessThan(order.indexOf(4));
  });

  it('holds every system to the same word budget on real NeuS examples', () => {
    const examples = parseNeus(fixture('neus-val-2.source'), fixture('neus-val-2.target'), 'val');
    expect(examples).toHaveLength(2);
    expect(examples[0]!.articles).toHaveLength(3);
    expect(examples[0]!.reference).not.toMatch(/TITLE=>|ARTICLE=>/);
    for (const example of examples) {
      for (const summary of [
        parallaxSummary(example, 40),
        lead3Summary(example, 0, 40),
        lexRankSummary(example, 40),
      ]) {
        const words = summary.split(/\s+/).length;
        expect(words).toBeGreaterThan(10);
        expect(words).toBeLessThanOrEqual(40);
      }
      expect(rouge(parallaxSummary(example, 55), example.reference).rouge1).toBeGreaterThan(0.15);
    }
    expect(truncateWords('one two  three four', 3)).toBe('one two three');
  });
});
