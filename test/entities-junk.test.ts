import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';

// Real sentences from BASIL stories a journalist reviewed; each gave a name that names nothing, or the wrong one.
const mentionsOf = (text: string) =>
  analyzeArticle({ id: 't', input: 't', text, removed: [], publishedAt: '2014-03-25' }).mentions.map(
    (m) => `${m.type}:${m.canonical}`,
  );

describe('entities: a contraction opening a quote', () => {
  it('takes "I’m John Hickenlooper" for John Hickenlooper (NeuS val, a campaign video)', () => {
    const mentions = mentionsOf(
      '“I’m John Hickenlooper, and I’m running for president.” Mr. Hickenlooper said in an announcement video.',
    );
    expect(mentions).toEqual(['person:John Hickenlooper', 'person:John Hickenlooper']);
  });
});

describe('entities: party and state tags, party adjectives', () => {
  it('takes "(D-Iowa)", "(R-Iowa)" for no place (BASIL 22b6e900, HuffPost)', () => {
    const mentions = mentionsOf(
      'Rep. Bruce Braley (D-Iowa), who is running to succeed retiring Sen. Tom Harkin (D-Iowa), faced tough local coverage Tuesday after critical comments he made about Sen. Chuck Grassley (R-Iowa) were made public.',
    );
    expect(mentions).toEqual(['person:Bruce Braley', 'person:Tom Harkin', 'person:Chuck Grassley']);
  });

  it('takes ", R-Ky.," for no person (BASIL 0d10341a, Fox News)', () => {
    const mentions = mentionsOf(
      'Looking for an elusive resolution, Senate Majority Leader Mitch McConnell, R-Ky., said Trump agreed to designate staff to engage in negotiations with congressional leadership aides this weekend.',
    );
    expect(mentions.filter((m) => m.includes('Ky'))).toEqual([]);
    expect(mentions).toContain('person:Mitch McConnell');
  });

  it('takes "Democratic" as an adjective for no name (BASIL 0d10341a and 22b6e900, Fox News)', () => {
    expect(mentionsOf('Trump met with Democratic and Republican leaders of both chambers.')).toEqual([
      'person:Trump',
    ]);
    const harkin = mentionsOf(
      'Braley says if elected to the Senate to replace retiring Democratic Sen. Tom Harkin, he would want to serve on the Senate Judiciary Committee.',
    );
    expect(harkin.filter((m) => m.endsWith(':Democratic'))).toEqual([]);
    expect(harkin).toContain('person:Tom Harkin');
  });

  it('reads "Arkansas Republican Gov." as a state and a title, not a person (BASIL 2742e9c1, Fox News)', () => {
    const mentions = mentionsOf(
      'Arkansas Republican Gov. Asa Hutchinson on Wednesday urged state lawmakers to change a controversial religious freedom bill sent to his desk a day earlier, in the face of criticism that it could allow businesses and others to discriminate based on sexual orientation.',
    );
    expect(mentions).toContain('location:Arkansas');
    expect(mentions).toContain('person:Asa Hutchinson');
    expect(mentions.filter((m) => m.includes('Republican'))).toEqual([]);
  });
});

describe('entities: Saudi Arabia, Hail Mary', () => {
  it('finds Saudi Arabia, not "Arabia" (BASIL 1b96a5db, Fox News and NYT)', () => {
    expect(mentionsOf('Saudi Arabia has objected vehemently to the legislation.')).toEqual([
      'location:Saudi Arabia',
    ]);
    const nyt = mentionsOf(
      'The bill, which Saudi Arabia has fiercely opposed and has hired a phalanx of lobbyists to combat, addresses a 1976 law that gives other countries broad immunity from American lawsuits, amending it to allow for nations to be sued in federal courts if they are found to have played any role in terrorist attacks that killed Americans on home soil.',
    );
    expect(nyt).toContain('location:Saudi Arabia');
    expect(nyt.filter((m) => m.endsWith(':Arabia'))).toEqual([]);
  });

  it('takes a "last ditch Hail Mary" for no person (BASIL be026bd1, Fox News)', () => {
    const mentions = mentionsOf(
      '“National liberal organizations know their chosen candidate Doug Jones is in a death spiral, and this is their last ditch Hail Mary,” Moore campaign chairman Bill Armistead said.',
    );
    expect(mentions.filter((m) => m.includes('Mary'))).toEqual([]);
    expect(mentions).toContain('person:Doug Jones');
  });
});

describe('entities: a person named by given name alone, or behind a whip’s title', () => {
  it('gives "Doug" alone to the one Doug the article names in full (BASIL be026bd1, NYT)', () => {
    const text = [
      'He is set to face Doug Jones, a Democrat, in a special election next month.',
      '“I would vote for Judge Moore because I wouldn’t want to vote for Doug,” he said.',
    ].join(' ');
    const dougs = analyzeArticle({ id: 't', input: 't', text, removed: [] })
      .mentions.filter((m) => m.text.startsWith('Doug'))
      .map((m) => m.canonical);
    expect(dougs).toEqual(['Doug Jones', 'Doug Jones']);
  });

  it('reads "Senate Majority Whip" as John Cornyn’s title (BASIL 72fa9b13, Fox News)', () => {
    const mentions = mentionsOf(
      '"Lieberman is probably the only person who can get 100 votes in the Senate," Senate Majority Whip John Cornyn, R-Texas, said on Capitol Hill on Thursday after the closed Senate briefing with Deputy Attorney General Rod Rosenstein.',
    );
    expect(mentions).toContain('person:John Cornyn');
    expect(mentions.filter((m) => m.includes('Whip'))).toEqual([]);
  });
});

describe('entities: plural and compound titles are roles, not parts of the name', () => {
  it('takes "Senators" for Kirsten Gillibrand’s role (BASIL e71d149d, NYT)', () => {
    const mentions = mentionsOf(
      'With no detailed information available about the report, Ms. Warren and Mr. Booker — as well as Senators Kirsten Gillibrand and Kamala Harris — sought to focus attention and pressure on how quickly Attorney General William P. Barr would release the full report.',
    );
    expect(mentions).toContain('person:Kirsten Gillibrand');
    expect(mentions).toContain('person:Kamala Harris');
    expect(mentions.filter((m) => m.includes('Senators'))).toEqual([]);
  });

  it('takes "Special Counsel" and "AG" for roles (BASIL e71d149d, Fox News, Klobuchar’s tweet)', () => {
    expect(
      mentionsOf(
        "The 2020 Democratic presidential candidates may have faced a setback after Special Counsel Robert Mueller's investigation found no evidence of Trump-Russia collusion, but made clear that they're not giving up the hunt for incriminating details against the president.",
      ),
    ).toContain('person:Robert Mueller');
    const tweet = mentionsOf(
      "It was a similar call from Sen. Amy Klobuchar of Minnesota, who tweeted that “AG Barr's summary 4-pg letter of Special Counsel Mueller's investigation underscores that the ENTIRE report & documentation-including all information re Russia’s attempts to influence our election-need to be made public.",
    );
    expect(tweet).toContain('person:Barr');
    expect(tweet).toContain('person:Mueller');
    expect(tweet.filter((m) => m.includes('AG') || m.includes('Counsel'))).toEqual([]);
  });

  it('takes "Senate Republican Leader" for Mitch McConnell’s title (BASIL 08bb9bee, Fox News)', () => {
    const mentions = mentionsOf(
      "Top Senate leaders including Senate Republican Leader Mitch McConnell have condemned Akin's comments.",
    );
    expect(mentions).toContain('person:Mitch McConnell');
    expect(mentions.filter((m) => m.includes('Leader'))).toEqual([]);
  });

  it('keeps a title inside an institution’s name', () => {
    expect(mentionsOf('The House of Representatives Judiciary Committee met on Tuesday.')).toEqual([
      'organization:House of Representatives Judiciary Committee',
    ]);
  });
});

describe('entities: God in a fixed expression', () => {
  it('takes "God bless" for no person (BASIL 06ffda2d, HuffPost)', () => {
    expect(mentionsOf('God bless you, God bless Texas, God bless America.”')).toEqual([
      'location:Texas',
      'location:America',
    ]);
  });

  it('takes "thank God", "God willing" and "oh my God" for no person either', () => {
    expect(mentionsOf('Thank God it was over, and God willing we will return. Oh my God.')).toEqual([]);
  });
});

describe('entities: a state lawmaker’s party and district', () => {
  it('takes ", D-Phoenix" for no place (BASIL 58ed2376, Fox News)', () => {
    const mentions = mentionsOf(
      '"We brought this to their attention five weeks ago," said Sen. Steve Gallardo, D-Phoenix.',
    );
    expect(mentions).toEqual(['person:Steve Gallardo']);
  });

  it('takes a district in parentheses, "(R-Phoenix)", for no place either', () => {
    expect(mentionsOf('Sen. Steve Gallardo (R-Phoenix) said the bill was flawed.')).toEqual([
      'person:Steve Gallardo',
    ]);
  });
});

describe('entities: a US state alone is a place', () => {
  it('types "Republican of Ohio" and "Republican of Wisconsin" as places (BASIL 84678e18 and 06ffda2d, NYT)', () => {
    expect(
      mentionsOf(
        'Representative Jim Jordan, Republican of Ohio, tried to link the I.R.S. scandal with other controversies that are dogging the Obama administration.',
      ),
    ).toContain('location:Ohio');
    const ryan = mentionsOf(
      'Ms. Pelosi sat for an interview alongside Speaker Paul D. Ryan, Republican of Wisconsin.',
    );
    expect(ryan).toContain('location:Wisconsin');
    expect(ryan.filter((m) => m.endsWith(':Wisconsin') && !m.startsWith('location'))).toEqual([]);
  });

  it('keeps longer names that open with a state', () => {
    expect(mentionsOf('The Wisconsin Supreme Court ruled on Tuesday.')).toContain(
      'organization:Wisconsin Supreme Court',
    );
  });
});

describe('entities: a newspaper named after its town', () => {
  it('types "The Shelton Weekly" as an organization (BASIL 85475456, NYT)', () => {
    const mentions = mentionsOf(
      'The Shelton Weekly reported on May 23, 2008, that Mr. Blumenthal “was met with applause when he spoke about his experience as a Marine sergeant in Vietnam.”',
    );
    expect(mentions).toContain('organization:Shelton Weekly');
    expect(mentions.filter((m) => m.startsWith('person:Shelton'))).toEqual([]);
  });
});

describe('entities: offices written as titles (BASIL c21cb217 and 2b9468af, a journalist review)', () => {
  it('reads "Congressman" and "National Security Adviser" as roles, so one person is not two', () => {
    expect(
      mentionsOf('Congressman Anthony Weiner (D-N.Y.) broke his silence Wednesday about a lewd photo.'),
    ).toContain('person:Anthony Weiner');
    expect(
      mentionsOf('National Security Adviser Susan Rice said on Tuesday that the speech was destructive.'),
    ).toContain('person:Susan Rice');
  });
});
