import { describe, expect, it } from 'vitest';
import { tokenizeWords } from '../src/analyze/tokenize-words.js';

/** The token texts of a text. */
const words = (text: string): string[] => tokenizeWords(text).map((t) => t.text);

describe('word tokens', () => {
  it('splits a news sentence like the training data, with offsets into the text', () => {
    const text =
      'The U.S.-led coalition can’t say O’Neill’s men, about 3,000.5 of them -- or 12:30 on 1/2 ... didn’t. ' +
      'São Paulo’s Müller met al-Sudani on Jan. 5; J. Smith left.';
    const tokens = tokenizeWords(text, 100);
    expect(tokens.map((t) => t.text)).toEqual([
      'The',
      'U.S.',
      '-',
      'led',
      'coalition',
      'ca',
      'n’t',
      'say',
      'O’Neill',
      '’s',
      'men',
      ',',
      'about',
      '3,000.5',
      'of',
      'them',
      '--',
      'or',
      '12:30',
      'on',
      '1/2',
      '...',
      'did',
      'n’t',
      '.',
      'São',
      'Paulo',
      '’s',
      'Müller',
      'met',
      'al',
      '-',
      'Sudani',
      'on',
      'Jan.',
      '5',
      ';',
      'J.',
      'Smith',
      'left',
      '.',
    ]);
    for (const t of tokens) expect(text.slice(t.start - 100, t.end - 100)).toBe(t.text);
  });

  it('keeps letters of other scripts and accents inside one word', () => {
    expect(words('Ερντογάν and Erdoğan met Zelenskyy’s envoy in Kyiv.')).toEqual([
      'Ερντογάν',
      'and',
      'Erdoğan',
      'met',
      'Zelenskyy',
      '’s',
      'envoy',
      'in',
      'Kyiv',
      '.',
    ]);
  });

  it("splits every clitic off whole: we’ll, they're, I've, I'd", () => {
    expect(words("We’ll see, they're sure I've said O'Dell'd go.")).toEqual([
      'We',
      '’ll',
      'see',
      ',',
      'they',
      "'re",
      'sure',
      'I',
      "'ve",
      'said',
      "O'Dell",
      "'d",
      'go',
      '.',
    ]);
  });
});
