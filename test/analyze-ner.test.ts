import { describe, expect, it } from 'vitest';
import { findEntities } from '../src/analyze/find-entities.js';
import { hashString } from '../src/analyze/ner-features.js';
import { NER_MODEL } from '../src/analyze/ner-model.js';
import { splitSentences } from '../src/analyze/split-sentences.js';
import { compileModel, tagEntities } from '../src/analyze/tag-entities.js';
import { tokenizeWords } from '../src/analyze/tokenize-words.js';
import { pudNewsDocuments } from '../src/eval/ner/ner-documents.js';
import { scoreEntities } from '../src/eval/ner/score-entities.js';

describe('entity tagger', () => {
  it('tokenises like the training data: clitics, hyphens and punctuation apart, abbreviations whole', () => {
    const words = tokenizeWords('Iran-backed militias hit U.S. forces, Gen. Kurilla’s staff said.').map(
      (t) => t.text,
    );
    expect(words).toEqual([
      'Iran',
      '-',
      'backed',
      'militias',
      'hit',
      'U.S.',
      'forces',
      ',',
      'Gen.',
      'Kurilla',
      '’s',
      'staff',
      'said',
      '.',
    ]);
  });

  it('tags people, organisations and places in a real news sentence with the committed weights', () => {
    const words = tokenizeWords(
      'Blinken met Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad, the State Department said.',
    ).map((t) => t.text);
    const tags = tagEntities(NER_MODEL, words);
    const tagOf = (word: string) => tags[words.indexOf(word)];
    expect(tagOf('Baghdad')).toBe('B-LOC');
    expect(tagOf('Mohammed')).toBe('B-PER');
    expect(tagOf('Sudani')).toBe('I-PER');
    expect(tagOf('met')).toBe('O');
  });
});

describe('entity tagger weights', () => {
  it('hashes features the same on every run, so `npm run train` reproduces the committed weights', () => {
    expect(hashString('')).toBe(0x811c9dc5 | 0);
    // Pinned values: a change to the hash would silently invalidate the committed weights.
    expect(hashString('Blinken')).toBe(-2048631810);
    expect(hashString('blinken')).toBe(-754682274);
  });

  it('carries word clusters learned from unlabelled news: names used alike share a cluster', () => {
    const { clusters, capitals } = NER_MODEL.clusters!;
    const middle = (word: string) => clusters[word]! >> 3;
    const top = (word: string) => clusters[word]! >> 6;
    expect(middle('Kerry')).toBe(middle('Pelosi'));
    expect(middle('Iraq')).toBe(middle('Syria'));
    expect(clusters['Monday']).toBe(clusters['Tuesday']);
    expect(top('Kerry')).not.toBe(top('Iraq'));
    // How often news writes a word capitalised inside a sentence: "Senate" almost always, "the" almost never.
    expect(capitals['senate']).toBe(3);
    expect(capitals['the']).toBe(0);
  });

  it('refuses a model with more tags than a weight row holds, instead of mixing their weights up', () => {
    const tags = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'];
    expect(() => compileModel({ tags, bits: 4, index: [], weights: [] })).toThrow(/9 tags.*at most 8/);
    expect(() => compileModel({ tags: tags.slice(0, 8), bits: 4, index: [], weights: [] })).not.toThrow();
  });

  it('stores sparse hashed weights: a few MB at most', () => {
    expect(NER_MODEL.index.length).toBe(NER_MODEL.weights.length);
    expect(NER_MODEL.weights.length).toBeGreaterThan(10_000);
    expect(NER_MODEL.index.reduce((sum, d) => sum + d, 0)).toBeLessThan(
      2 ** NER_MODEL.bits * NER_MODEL.tags.length,
    );
  });
});

describe('entity finder rules', () => {
  const entities = (text: string) =>
    findEntities(text, splitSentences(text), NER_MODEL).map((m) => `${m.type}:${m.text}`);

  it('keeps a demonym or party adjective that opens an institution or party name', () => {
    const found = entities(
      'The Russian Secret Service denied the report, and the Republican Party called for an inquiry.',
    );
    expect(found).toContain('organization:Russian Secret Service');
    expect(found.some((e) => e.endsWith(':Republican Party'))).toBe(true);
  });

  it('does not take the rest of a title for a name', () => {
    const found = entities(
      'The Minister of Defense has allowed her to remain General Secretary of the party for now.',
    );
    expect(found.filter((e) => e.startsWith('person:'))).toEqual([]);
  });

  it('leaves treaties, cups and quoted titles out, and common acronyms are not organisations', () => {
    const found = entities(
      'Delegates said the Paris Agreement and the Davis Cup were safe, researchers analysed tumour DNA, and the band recorded “Knuck If You Buck” at home.',
    );
    expect(found.filter((e) => /Agreement|Cup|DNA|Knuck|Buck/.test(e))).toEqual([]);
  });

  it('gives one name one type across the article, and a common noun before "said" is no speaker', () => {
    const found = entities(
      'Later, Ashab al-Kahf claimed the attack. The militia Ashab al-Kahf is backed by Iran. Analysts said Gazprom would lose money.',
    );
    expect(found.filter((e) => e.endsWith(':Ashab al-Kahf'))).toEqual([
      'group:Ashab al-Kahf',
      'group:Ashab al-Kahf',
    ]);
    expect(found.some((e) => e.includes('Analysts'))).toBe(false);
  });

  it('takes a name before a verb of speaking or after "according to" for a person, unless the lists know it', () => {
    const found = entities(
      'More than 330 crew are onboard the ship. Vega suggested that many would be unaware of its history. According to Thornbury, the ship will sail on Monday. Kataib Hezbollah said it would continue, and Reuters said the port was closed.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'person:Vega',
        'person:Thornbury',
        'group:Kataib Hezbollah',
        'organization:Reuters',
      ]),
    );
  });

  it('keeps a regnal numeral with its name: Elizabeth I, World War I', () => {
    const found = entities('Queen Elizabeth I ruled England long before World War I began.');
    expect(found).toContain('person:Elizabeth I');
    expect(found.some((e) => e.endsWith(':Elizabeth'))).toBe(false);
  });

  it('types well-known seas, rivers and planets as places', () => {
    expect(entities('The seeds were grown on Earth after a flight along the Nile.')).toEqual(
      expect.arrayContaining(['location:Earth', 'location:Nile']),
    );
  });

  // Real sentences from BASIL dev stories (Fox News, HuffPost) and a NeuS dev article (Daily Caller).
  it('reads a multi-word title whole, so the person is not typed or named by part of it', () => {
    const roles = (text: string) =>
      findEntities(text, splitSentences(text), NER_MODEL).map((m) => `${m.type}:${m.text}:${m.role ?? ''}`);
    expect(
      roles(
        'Within minutes of the indictment, Senate Minority Leader Chuck Schumer, D-N.Y., urged Trump to call off the Putin meeting.',
      ),
    ).toContain('person:Chuck Schumer:Senate Minority Leader');
    expect(
      roles('Colorado Attorney General John Suthers said the lawsuit was without merit.').filter(
        (e) => !e.startsWith('location:Colorado:'),
      ),
    ).toEqual(['person:John Suthers:Attorney General']);
    expect(
      roles(
        '“There is no national emergency,” California Attorney General Xavier Becerra, who has sued the Trump administration multiple times, said in a statement.',
      ),
    ).toContain('person:Xavier Becerra:California Attorney General');
    expect(
      roles(
        'John Nosta sat down with Daily Caller White House Correspondent Anders Hagstrom to talk the rising COVID-19 numbers.',
      ),
    ).toContain('person:Anders Hagstrom:White House Correspondent');
  });

  it('leaves a weekday after a name out of it: "Capitol Hill Friday" is Capitol Hill on a Friday', () => {
    // Real sentences from a BASIL dev story (Fox News, HuffPost).
    const found = entities(
      "Warner, D-Va., told reporters on Capitol Hill Friday. The states of Nebraska and Oklahoma filed a federal lawsuit in the U.S. Supreme Court Thursday, claiming that Colorado's legalization of recreational marijuana is unconstitutional under federal law.",
    );
    expect(found).toEqual(
      expect.arrayContaining(['location:Capitol Hill', 'organization:U.S. Supreme Court']),
    );
    expect(found.filter((e) => /day$/.test(e))).toEqual([]);
  });

  it('reads "Senator Chuck Schumer of New York" as the person and a place, not a longer name', () => {
    // Real sentences from BASIL dev stories (The New York Times).
    expect(
      entities(
        '“This is plainly a power grab by a disappointed president,” Speaker Nancy Pelosi of California and Senator Chuck Schumer of New York, the Democratic leader, said in a joint statement.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'person:Nancy Pelosi',
        'location:California',
        'person:Chuck Schumer',
        'location:New York',
      ]),
    );
    const putin = entities(
      'Leading Democrats called Friday for President Trump to cancel his upcoming meeting with President Vladimir V. Putin of Russia after the Justice Department indicted 12 Russian intelligence officers.',
    );
    expect(putin).toEqual(expect.arrayContaining(['person:Vladimir V. Putin', 'location:Russia']));
    expect(
      entities(
        'At a ceremony honoring veterans, Attorney General Richard Blumenthal of Connecticut rose and spoke of an earlier time in his life.',
      ),
    ).toEqual(['person:Richard Blumenthal', 'location:Connecticut']);
    // An institution "of" a place stays whole.
    expect(entities('The Bank of England raised rates.')).toEqual(['organization:Bank of England']);
  });

  it('takes no name from a dateline or rubric: "WASHINGTON —", "DENVER —", "UPDATE:"', () => {
    // Real article openings from BASIL dev stories (The New York Times, HuffPost).
    expect(
      entities(
        'WASHINGTON — Leading Democrats called Friday for President Trump to cancel his upcoming meeting with President Vladimir V. Putin of Russia.',
      ).filter((e) => /WASHINGTON|—/.test(e)),
    ).toEqual([]);
    expect(
      entities(
        'DENVER — Two heartland states filed the first major court challenge to marijuana legalization on Thursday, saying that Colorado’s growing array of state-regulated recreational marijuana shops was piping marijuana into neighboring states.',
      ),
    ).toEqual(['location:Colorado']);
    expect(
      entities(
        'UPDATE: Richard Blumenthal defended himself against charges that he repeatedly made misleading comments about his military service during a press conference on Tuesday afternoon.',
      ),
    ).toEqual(['person:Richard Blumenthal']);
    // An acronym opening an aside is a name.
    expect(entities('NATO — the alliance of 32 countries — met in Brussels.')).toContain('organization:NATO');
  });

  it('splits a hyphenated modifier off the name it qualifies, and a trailing pronoun "I"', () => {
    expect(entities('KFC-parent Yum Brands reported higher sales in China.')).not.toContain(
      'organization:KFC-parent Yum Brands',
    );
    expect(entities('In Pyongyang I did see some people on their smartphones.')).toContain(
      'location:Pyongyang',
    );
  });

  // Real sentences from BASIL dev stories (The New York Times, AP, HuffPost, Fox News).
  it('keeps a name of common words before "of <Place>": "Al Green of Texas"', () => {
    expect(
      entities(
        'Representatives Brad Sherman of California and Al Green of Texas formally introduced an article of impeachment on Thursday.',
      ),
    ).toEqual(expect.arrayContaining(['person:Al Green', 'location:Texas']));
  });

  it('takes no state for a person: "Nebraska Attorney General Jon Bruning", "Oklahoma and Nebraska says"', () => {
    const found = entities(
      '"This contraband has been heavily trafficked into our state," Nebraska Attorney General Jon Bruning said at a news conference in Lincoln. They include keeping marijuana in-state — something Oklahoma and Nebraska says Colorado has failed to do.',
    );
    expect(found).toContain('person:Jon Bruning');
    expect(found.filter((e) => e.endsWith(':Nebraska'))).toEqual(['location:Nebraska', 'location:Nebraska']);
  });

  it('keeps a quoted nickname inside the name: William "Mo" Cowan', () => {
    const found = entities(
      'Massachusetts Gov. Deval Patrick (D) on Wednesday appointed William "Mo" Cowan to the Senate seat vacated by newly confirmed Secretary of State John Kerry.',
    );
    expect(found).toContain('person:William "Mo" Cowan');
    expect(found.filter((e) => /:(?:William|Mo|Cowan)$/.test(e))).toEqual([]);
  });

  it('takes no name from a capital letter before a hyphen: "E-mails" after a dateline', () => {
    expect(
      entities(
        'WASHINGTON — E-mails released by the White House on Wednesday revealed a fierce internal jostling over the government’s official talking points in the aftermath of last September’s attack in Benghazi, Libya.',
      ).filter((e) => /:E\b/.test(e)),
    ).toEqual([]);
  });

  it('reads "Chairman" as a title after an organisation: "House Freedom Caucus Chairman Mark Meadows"', () => {
    const found = entities(
      'House Freedom Caucus Chairman Mark Meadows, R-N.C., said in a statement to Fox News.',
    );
    expect(found).toEqual(expect.arrayContaining(['person:Mark Meadows', 'organization:Fox News']));
    expect(found.filter((e) => e.includes('Chairman'))).toEqual([]);
  });
});

describe('NER evaluation', () => {
  // The UNER PUD format, from the dataset's own SOURCE.md example.
  const iob2 = [
    '# newdoc id = n01001',
    '# sent_id = n01001-0001',
    '# text = The peaceful transition is not, Obama special assistant Kori Schulman wrote in the United States.',
    ...'The peaceful transition is not , Obama special assistant Kori Schulman wrote in the United States .'
      .split(' ')
      .map((w, i) => {
        const tag =
          { 6: 'B-ORG', 9: 'B-PER', 10: 'I-PER', 14: 'B-LOC', 15: 'I-LOC' }[i as 6 | 9 | 10 | 14 | 15] ?? 'O';
        return `${i + 1}\t${w}\t${tag}\t-\t-`;
      }),
    '',
    '# newdoc id = w01001',
    '# sent_id = w01001-0001',
    '# text = Wikipedia sentence.',
    '1\tWikipedia\tB-ORG\t-\t-',
    '2\tsentence\tO\t-\t-',
    '3\t.\tO\t-\t-',
    '',
  ].join('\n');

  it('reads news documents only, with gold spans as character offsets', () => {
    const docs = pudNewsDocuments(iob2);
    expect(docs.map((d) => d.id)).toEqual(['n01001']);
    const spans = docs[0]!.entities.map((e) => `${e.type}:${docs[0]!.text.slice(e.start, e.end)}`);
    expect(spans).toEqual(['ORG:Obama', 'PER:Kori Schulman', 'LOC:United States']);
  });

  it('scores exact span and type only', () => {
    const gold = [
      { start: 0, end: 5, type: 'PER' },
      { start: 10, end: 15, type: 'LOC' },
    ];
    const score = scoreEntities([
      {
        gold,
        predicted: [
          { start: 0, end: 5, type: 'PER' },
          { start: 10, end: 14, type: 'LOC' },
        ],
      },
    ]);
    expect(score).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(score.perType.PER).toMatchObject({ precision: 1, recall: 1 });
  });
});
