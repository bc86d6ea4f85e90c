import { describe, expect, it } from 'vitest';
import { analyzeArticle, splitSentences } from '../src/analyze/index.js';
import { sampleArticle } from './helpers/sample.js';

describe('sentences', () => {
  it('does not split at abbreviations, initials or U.S. inside a sentence', () => {
    const text =
      'At the time, Secretary of Defense Lloyd J. Austin III said the attacks against U.S. forces are unacceptable. Lt. Col. Smith met Dr. Jones on Jan. 5 in the U.S. The next day he left.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'At the time, Secretary of Defense Lloyd J. Austin III said the attacks against U.S. forces are unacceptable.',
      'Lt. Col. Smith met Dr. Jones on Jan. 5 in the U.S.',
      'The next day he left.',
    ]);
  });

  it('ends a sentence at a paragraph break even without a period (headlines, subtitles)', () => {
    const sentences = splitSentences(
      'US forces have come under attack 32 times since October 17\n\nSecretary of State Antony Blinken visited.',
    );
    expect(sentences.map((s) => s.text)).toEqual([
      'US forces have come under attack 32 times since October 17',
      'Secretary of State Antony Blinken visited.',
    ]);
  });
});

describe('analysis of the sample story', () => {
  it('captures roles and resolves short forms to the full name', async () => {
    const analyzed = await sampleArticle('004');
    const blinken = analyzed.mentions.filter((m) => m.canonical === 'Antony Blinken');
    expect(blinken.length).toBeGreaterThanOrEqual(3);
    expect(blinken[0]!.role).toBe('Secretary of State');
    const sudani = analyzed.mentions.filter((m) => m.canonical === 'Mohammed Shia al-Sudani');
    expect(sudani.map((m) => m.text)).toEqual(
      expect.arrayContaining(['Mohammed Shia al-Sudani', 'al-Sudani']),
    );
    expect(sudani[0]!.role).toBe('Iraqi Prime Minister');
  });

  it('attributes a statement quote to the group named in the sentence before ("the statement added")', async () => {
    const analyzed = await sampleArticle('003');
    const quote = analyzed.quotes.find((q) =>
      q.text.startsWith('Peaceful and diplomatic solutions have failed, and we'),
    );
    expect(quote?.speaker).toBe('Ashab al-Kahf');
    const austin = analyzed.quotes.find((q) => q.text.startsWith('The United States does not seek conflict'));
    expect(austin?.speaker).toBe('Lloyd J. Austin III');
  });

  it('reads counts with their qualifier, unit and start date', async () => {
    const analyzed = await sampleArticle('003');
    const casualties = analyzed.quantities.find((q) => q.unit === 'casualty');
    expect(casualties).toMatchObject({ value: 24, qualifier: 'over', since: 'October 17' });
    const attacks = analyzed.quantities.find((q) => q.unit === 'attack');
    expect(attacks).toMatchObject({ value: 30, qualifier: 'over', text: 'over 30 rocket and drone attacks' });
    const fromText = (await sampleArticle('002')).quantities;
    expect(fromText.find((q) => q.value === 46)).toMatchObject({ qualifier: 'at-least', unit: 'personnel' });
    expect(fromText.find((q) => q.value === 1400)?.unit).toBe('civilian');
  });

  it('resolves "on Monday" against the publication date, and leaves it relative without one', async () => {
    const dated = await sampleArticle('000');
    expect(dated.dates.find((d) => d.text.includes('Monday'))?.date).toMatch(/^2023-11-\d\d$/);
    const undated = analyzeArticle({
      id: 'x',
      input: 'x',
      text: 'The minister arrived on Sunday for talks.',
      removed: [],
    });
    const sunday = undated.dates.find((d) => d.text.includes('Sunday'));
    expect(sunday?.relative).toBe(true);
    expect(sunday?.date).toBeUndefined();
    expect(sunday?.note).toMatch(/publication date is unknown/);
  });
});
