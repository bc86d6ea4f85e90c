import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';
import { compareStory, sameEntity } from '../src/compare/index.js';

const analyzeText = (id: string, text: string) => analyzeArticle({ id, input: id, text, removed: [] });

/** The alias lists of a story's entities whose aliases include `alias`. */
const entitiesNaming = (articles: Record<string, string>, alias: string) =>
  compareStory(Object.entries(articles).map(([id, text]) => analyzeText(id, text)))
    .entities.filter((e) => e.aliases.includes(alias))
    .map((e) => e.aliases);

describe('a nickname and the given name it shortens', () => {
  it('merges Chuck Grassley (Fox News) with Charles E. Grassley (NYT), BASIL 22b6e900', () => {
    const grassleys = entitiesNaming(
      {
        fox: 'Iowa Democratic Rep. Bruce Braley is under fire after a video surfaced Tuesday of him mocking Sen. Chuck Grassley, R-Iowa, as a “farmer from Iowa who never went to law school” — in the middle of Braley’s campaign for Senate in the state known for its agriculture industry.',
        nyt: 'Mr. Braley apologized to Senator Charles E. Grassley, Republican of Iowa, and “anyone I may have offended” after video emerged of him warning that “a farmer from Iowa who never went to law school, never practiced law” could become chairman of the Judiciary Committee.',
      },
      'Chuck Grassley',
    );
    expect(grassleys).toHaveLength(1);
    expect(grassleys[0]).toContain('Charles E. Grassley');
  });

  it('merges Joe Lieberman (HuffPost) with Joseph I. Lieberman (NYT), BASIL 72fa9b13', () => {
    const liebermans = entitiesNaming(
      {
        hpo: 'Trump confirmed that former Sen. Joe Lieberman is his top choice, according to White House pool reports.',
        nyt: 'President Trump, 24 hours from his self-imposed deadline for picking a new F.B.I. director, told reporters on Thursday that he was “very close” to choosing a successor to James B. Comey, and he named Joseph I. Lieberman, the former Democratic senator and vice-presidential nominee, as a finalist.',
      },
      'Joe Lieberman',
    );
    expect(liebermans).toHaveLength(1);
    expect(liebermans[0]).toContain('Joseph I. Lieberman');
  });

  it('merges Chuck Schumer (HuffPost) with Charles Schumer (Fox News), BASIL 1b96a5db', () => {
    const schumers = entitiesNaming(
      {
        hpo: 'Sen. Chuck Schumer (N.Y.), who is on track to become the next Democratic leader, led the effort against the president alongside Sen. John Cornyn (Texas), a conservative member of Republican leadership.',
        fox: "Sen. Charles Schumer, D-N.Y., speaking on the Senate floor moments before Wednesday's vote in that chamber, pushed back hard on Saudi government objections to the legislation.",
      },
      'Chuck Schumer',
    );
    expect(schumers).toHaveLength(1);
    expect(schumers[0]).toContain('Charles Schumer');
  });

  it('keeps two different given names of one family apart unless one is the other’s nickname', () => {
    expect(sameEntity('Chuck Grassley', 'Charles E. Grassley', 'person')).toBe(true);
    expect(sameEntity('Tony Blinken', 'Antony Blinken', 'person')).toBe(true);
    expect(sameEntity('Antony Blinken', 'Anthony Blinken', 'person')).toBe(true);
    expect(sameEntity('Asa Hutchinson', 'Seth Hutchinson', 'person')).toBe(false);
    expect(sameEntity('Tim C. Hutchinson', 'Asa Hutchinson', 'person')).toBe(false);
    expect(sameEntity('Joe Biden', 'Jill Biden', 'person')).toBe(false);
    expect(sameEntity('Chuck Grassley', 'Patrick Grassley', 'person')).toBe(false);
  });
});

describe('an acronym with and without periods', () => {
  it('merges the NYT’s F.B.I. with HuffPost’s FBI, BASIL 72fa9b13', () => {
    const fbis = entitiesNaming(
      {
        hpo: '“There is no reason to appoint a politician to run the FBI,” Schatz said.',
        nyt: 'Mr. Lieberman, who served three terms in the Senate as a Democrat and one as an independent, would be an atypical choice to lead the F.B.I., whose agents prize the bureau’s independence as one of Washington’s few apolitical institutions.',
      },
      'FBI',
    );
    expect(fbis).toHaveLength(1);
    expect(fbis[0]).toContain('F.B.I.');
  });

  it('tells the spellings of one acronym from different acronyms', () => {
    expect(sameEntity('C.I.A.', 'CIA', 'organization')).toBe(true);
    expect(sameEntity('F.B.I.', 'FBI', 'organization')).toBe(true);
    expect(sameEntity('F.B.I.', 'CIA', 'organization')).toBe(false);
  });
});

describe('namesakes of one family (BASIL 2742e9c1: Gov. Asa Hutchinson, his son Seth, a cousin Tim C.)', () => {
  const nyt = [
    'When Gov. Asa Hutchinson, Republican of Arkansas, spoke on Wednesday about the future of what proponents call the religious freedom bill pending in his state, he disclosed that the proposal had drawn resistance from a particularly noteworthy critic: his son, Seth Hutchinson.',
    '“It would be surprising to me if he didn’t do that,” said Shawn Standefer, a childhood friend of the younger Mr. Hutchinson who captained their national championship-winning Quiz Bowl team in high school.',
    'And so it was on Saturday, with lawmakers nearing a vote on the legislation that critics said would legalize discrimination against gay people, that the younger Mr. Hutchinson wrote to his father and warned that the proposal could damage Arkansas’s reputation and economy.',
  ].join(' ');

  it('gives "the younger Mr. Hutchinson" to the son the article introduced, not to the governor', () => {
    const canonicals = analyzeText('nyt', nyt)
      .mentions.filter((m) => m.text === 'Hutchinson')
      .map((m) => m.canonical);
    expect(canonicals).toEqual(['Seth Hutchinson', 'Seth Hutchinson']);
  });

  it('gives "Mr. Hutchinson" to the namesake named last before it, so the son is quoted as himself', () => {
    const passage = [
      'It was only the latest chapter in a politically complicated relationship between Asa Hutchinson, a former congressman, and Seth Hutchinson, 31, an organizer for the Texas State Employees Union.',
      '“I love my dad, and we have a good, close relationship,” Seth Hutchinson said on Wednesday.',
      'Mr. Hutchinson has not always been what he described as the family’s political “black sheep.”',
      '“I kind of grew up on the campaign trail,” he said.',
    ].join(' ');
    const analyzed = analyzeText('nyt', passage);
    expect(analyzed.mentions.filter((m) => m.text === 'Hutchinson').map((m) => m.canonical)).toEqual([
      'Seth Hutchinson',
    ]);
    const speakers = compareStory([analyzed]).quotes.map((q) => [q.speaker.name, q.text.slice(0, 20)]);
    expect(speakers).toContainEqual(['Seth Hutchinson', 'I kind of grew up on']);
    expect(speakers.filter(([name]) => name === 'Asa Hutchinson')).toEqual([]);
  });

  it('keeps a courtesy title\'s gender: "Mr. Biden" after Jill Biden is Joe Biden, "Mrs Trump" Melania Trump', () => {
    const canonicals = (text: string, name: string): string[] =>
      analyzeText('a', text)
        .mentions.filter((m) => m.text === name)
        .map((m) => m.canonical);
    // NeuS train: the interview was Joe Biden's; his wife was named last.
    expect(
      canonicals(
        'Former Vice President Joe Biden appeared on "The Late Show." Jill Biden joined him on stage. In the interview, Colbert asked Mr. Biden about his plans.',
        'Biden',
      ),
    ).toEqual(['Joe Biden']);
    expect(
      canonicals(
        'President Donald Trump and First Lady Melania Trump landed at Stansted. Mrs Trump wore a white hat. Mr Trump met the Queen.',
        'Trump',
      ),
    ).toEqual(['Melania Trump', 'Donald Trump']);
  });

  it('joins a bare "Hutchinson" to the most-mentioned (then first-named) Hutchinson of the story, not the cousin', () => {
    const story = compareStory([
      analyzeText(
        'nyt',
        [
          'When Gov. Asa Hutchinson, Republican of Arkansas, spoke on Wednesday about the future of what proponents call the religious freedom bill pending in his state, he disclosed that the proposal had drawn resistance from a particularly noteworthy critic: his son, Seth Hutchinson.',
          'It was only the latest chapter in a politically complicated relationship between Asa Hutchinson, a former congressman, and Seth Hutchinson, 31, an organizer for the Texas State Employees Union.',
          'He would contact a cousin, Tim C. Hutchinson, who sat in the State House of Representatives, to register his views.',
        ].join(' '),
      ),
      analyzeText(
        'fox',
        'Hutchinson had initially said he planned to sign the bill but backed off as his state, overnight, became the new focal point of a nationwide backlash over such legislation.',
      ),
    ]).entities;
    const cousin = story.find((e) => e.aliases.includes('Tim C. Hutchinson'))!;
    expect(cousin.mentions.map((m) => m.articleId)).toEqual(['nyt']);
    const governor = story.find((e) => e.aliases.includes('Asa Hutchinson'))!;
    expect(governor.mentions.map((m) => m.articleId)).toContain('fox');
  });
});

describe('a title kept out of the name, so the person is one entity', () => {
  it('joins "Special Counsel Mueller" and "AG Barr" to Robert Mueller and William Barr (BASIL e71d149d, Fox News and NYT)', () => {
    const story = compareStory([
      analyzeText(
        'fox',
        [
          "The 2020 Democratic presidential candidates may have faced a setback after Special Counsel Robert Mueller's investigation found no evidence of Trump-Russia collusion, but made clear that they're not giving up the hunt for incriminating details against the president.",
          "It was a similar call from Sen. Amy Klobuchar of Minnesota, who tweeted that “AG Barr's summary 4-pg letter of Special Counsel Mueller's investigation underscores that the ENTIRE report & documentation-including all information re Russia’s attempts to influence our election-need to be made public.",
        ].join(' '),
      ),
      analyzeText(
        'nyt',
        'With no detailed information available about the report, Ms. Warren and Mr. Booker — as well as Senators Kirsten Gillibrand and Kamala Harris — sought to focus attention and pressure on how quickly Attorney General William P. Barr would release the full report.',
      ),
    ]).entities;
    const muellers = story.filter((e) => e.aliases.some((a) => a.includes('Mueller')));
    expect(muellers.map((e) => [e.type, e.name])).toEqual([['person', 'Robert Mueller']]);
    const barrs = story.filter((e) => e.aliases.some((a) => a.includes('Barr')));
    expect(barrs.map((e) => [e.type, e.name])).toEqual([['person', 'William P. Barr']]);
  });
});

describe('a town and the newspaper named after it', () => {
  it('keeps the town of Shelton apart from The Shelton Weekly (BASIL 85475456, NYT)', () => {
    const story = compareStory([
      analyzeText(
        'nyt',
        [
          'At a 2008 ceremony in front of the Veterans War Memorial Building in Shelton, he praised the audience for paying tribute to troops fighting abroad, noting that America had not always done so.',
          'The Shelton Weekly reported on May 23, 2008, that Mr. Blumenthal “was met with applause when he spoke about his experience as a Marine sergeant in Vietnam.”',
        ].join(' '),
      ),
    ]).entities;
    const weekly = story.find((e) => e.aliases.includes('Shelton Weekly'))!;
    expect(weekly.type).toBe('organization');
    expect(weekly.aliases).toEqual(['Shelton Weekly']);
  });
});

describe('a courtesy title with no agreeing namesake before it (a review of this session’s changes)', () => {
  it('takes the first namesake whose given name agrees: "Mr. Biden" after only Jill Biden is Joe Biden', () => {
    const canonicals = analyzeText(
      'a',
      'Jill Biden spoke first. Mr. Biden then arrived. Later, Joe Biden left.',
    )
      .mentions.filter((m) => m.text === 'Biden')
      .map((m) => m.canonical);
    expect(canonicals).toEqual(['Joe Biden']);
  });
});
