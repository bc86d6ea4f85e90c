import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';

const analyze = (text: string) =>
  analyzeArticle({ id: 'x', input: 'x', text, removed: [], publishedAt: '2023-10-30' });

describe('quote speakers named before the quote', () => {
  it('takes the speaker of the last speech verb before the quote, not an earlier one on the line', () => {
    const { quotes } = analyze(
      'Pentagon press secretary Brig. Gen. Pat Ryder said the attacks would not go unanswered, and White House ' +
        'spokesman John Kirby added on Monday: "We will respond at a time and place of our choosing."',
    );
    expect(quotes).toEqual([
      expect.objectContaining({
        text: 'We will respond at a time and place of our choosing',
        speaker: 'John Kirby',
      }),
    ]);
  });

  it('reads a speaker written just before the opening mark', () => {
    const { quotes } = analyze('Austin warned, “This has to stop,” according to two officials.');
    expect(quotes[0]).toMatchObject({ text: 'This has to stop', speaker: 'Austin' });
  });
});
