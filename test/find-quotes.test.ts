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

describe('quote speakers without the "X said" order', () => {
  it('finds the speaker before a cue other than a plain speech verb', () => {
    const { quotes } = analyze(
      'The Lebanese-based group Hezbollah issued a warning, vowing that “the enemy will pay the price” for these attacks. ' +
        'The State Department spokesman, Vedant Patel, stated, “We believe that the Iraqi government does have the ability to hold those groups accountable.” ' +
        'Secretary of State Antony Blinken made it clear on a visit to Iraq that threats will be countered.\n\n' +
        'Blinken sent a message to “anyone who might seek to take advantage of the conflict in Gaza to threaten our personnel: Don’t do it.”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Hezbollah', 'Vedant Patel', 'Antony Blinken']);
  });

  it('does not take a quoted name for a quote', () => {
    const { quotes, attributed } = analyze(
      'Many of the attacks were claimed by the “Islamic Resistance in Iraq”. Officials called it “a dangerous escalation”.',
    );
    expect(quotes.map((q) => q.text)).toEqual(['a dangerous escalation']);
    // Still not the outlet's own words: framing must not read them as its voice.
    expect(attributed.map((a) => a.text)).toContain('Islamic Resistance in Iraq');
  });

  it('resolves "he" to the subject named before, never to a name inside a quote', () => {
    const { quotes } = analyze(
      'Speaking on CNN, former national security advisor to ex-President Donald Trump, John Bolton, criticized Biden for calling for a ceasefire.\n\n' +
        '“The Biden admin is sliding away from its support of Israel. Nobody has taken into account how Hamas is manipulating public opinion,” he said.\n\n' +
        'However, following a meeting between al-Sudani and Iran’s supreme leader, Ali Al Khamenei in Tehran, the message looked more complex.\n\n' +
        'Khamenei, who has also met with Hamas’ political leader in exile, Ismail Haniyeh, met with the Iraqi premier.\n\n' +
        '“Iraq can play a major role in putting political pressure on the US,” he wrote on X.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['John Bolton', 'Ali Al Khamenei']);
  });
});

describe('speaker phrases naming more than one entity', () => {
  it('takes the head of the phrase, not a name that modifies it', () => {
    const { quotes } = analyze(
      '"We have informed the Trump Organization that our investigation is no longer purely civil in nature," James spokesman Fabien Levy wrote in a statement. ' +
        'Peter Navarro, President Donald Trump’s trade adviser, warned that the outbreak "could cost trillions of dollars."',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Fabien Levy', 'Peter Navarro']);
  });

  it('reads "it said" as an institution speaking, never a person', () => {
    const { quotes } = analyze(
      'Ashli Babbitt was shot by an officer inside the Capitol. The Capitol Police opened an internal investigation.\n\n' +
        'The review found the actions of the officer were "lawful and within Department policy," it said.',
    );
    expect(quotes[0]!.speaker).toBe('Capitol Police');
  });
});

describe('speakers in harder sentences', () => {
  it('does not take a name inside a prepositional phrase, or a name after the subject, as the speaker', () => {
    const { quotes } = analyze(
      'A lawyer for Michael Cohen, who was sentenced last year, released a statement: "My client will testify."\n\n' +
        'Trump met Putin, who has denied any meddling. "We had a great meeting," he said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual([undefined, 'Trump']);
  });

  it('reads a speaker named with an appositive after the quote, and title-case speech as speech', () => {
    const { quotes } = analyze(
      'Former White House doctor Ronny Jackson was named in a Pentagon watchdog report. "That is not me and what is alleged did not happen," Mr Jackson, now a pro-Trump congressman, said.\n\n' +
        '"I Will Not Resign" Johnson told reporters in London on Monday.\n\nCrowds chanted "Death to America" outside the embassy.',
    );
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['That is not me and what is alleged did not happen', 'Ronny Jackson'],
      ['I Will Not Resign', 'Johnson'],
      ['Death to America', undefined],
    ]);
  });
});

describe('quoted names after a speech verb, and speakers after clause openers', () => {
  it('keeps a quoted name a name even after "said", and reads a named speaker in an appositive', () => {
    const { quotes, attributed } = analyze(
      'The military said “Operation Iron Swords” would continue for weeks. He read “The Old Man and the Sea” twice.\n\n' +
        '“We will respond,” Netanyahu’s spokesman, Omer Dostri, said.',
    );
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['We will respond', 'Omer Dostri']]);
    expect(attributed.map((a) => a.text)).toContain('Operation Iron Swords');
  });

  it('does not take a clause opener for a title before the subject', () => {
    const { quotes } = analyze(
      'While Joe Biden met Emmanuel Macron in Paris, Donald Trump flew to Ohio. “We will win,” he said.',
    );
    expect(quotes[0]!.speaker).toBe('Donald Trump');
  });
});

// Sentences from the BASIL dev stories of the brief review (docs: /work/notes/brief-review.md, section 1).
describe('speakers from the quote’s own sentence (BASIL brief review)', () => {
  it('takes the speaker of a quote after "said, adding that", not a name inside the earlier quote', () => {
    const { quotes } = analyze(
      '“These indictments are further proof of what everyone but the president seems to understand: President Putin is an adversary who interfered in our elections to help President Trump win,” Senator Chuck Schumer of New York, the Democratic leader, said, adding that Mr. Trump should cancel the meeting “until Russia takes demonstrable and transparent steps to prove that they won’t interfere in future elections.”',
    );
    const until = quotes.find((q) => q.text.startsWith('until Russia'))!;
    expect(until.speaker).toMatch(/Schumer/);
    expect(until.speakerInSentence).toBe(true);
  });

  it('never gives a quote to the subject of the next sentence', () => {
    const { quotes } = analyze(
      'At 9:24 p.m., Ms. Nuland, reading the latest draft, complained in an e-mail, “These don’t resolve all my issues or those of my building leadership.” Ten minutes later, Benjamin J. Rhodes, a deputy national security adviser, offered his first comments, saying, “We need to resolve this in a way that respects all of the relevant equities, especially the investigation.”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual([expect.stringMatching(/Nuland/), 'Benjamin J. Rhodes']);
  });

  it('does not resolve "they said" to one person', () => {
    const { quotes } = analyze(
      'Romney added his voice after five past and present Missouri Republican senators urged Akin to step aside. In a statement released Tuesday afternoon, they said his presence does not serve "the national interest."\n\n' +
        '"The issues at stake are too big, and this election is simply too important. The right decision is to step aside," they said.',
    );
    // "Romney added his voice after…" is Romney's indirect speech; the quotes are the senators'.
    const direct = quotes.filter((q) => q.kind !== 'indirect');
    expect(direct.map((q) => q.speaker)).toEqual([undefined, undefined]);
  });

  it('does not take a town for the "he" of a quote', () => {
    const { quotes } = analyze(
      '“When we returned, we saw nothing like this,” Mr. Blumenthal said.\n\n' +
        'At a 2008 ceremony in front of the Veterans War Memorial Building in Shelton, he praised the audience for paying tribute to troops fighting abroad, noting that America had not always done so.\n\n' +
        '“I served during the Vietnam era,” he said. “I remember the taunts, the insults, sometimes even physical abuse.”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Blumenthal', 'Blumenthal', 'Blumenthal']);
    // "he" names nobody in its own sentence.
    expect(quotes[1]!.speakerInSentence).toBeUndefined();
  });

  it('reads a speaker named later in the sentence or in an appositive', () => {
    const { quotes } = analyze(
      'The Biden administration is facing a "serious challenge" at the US southern border, Homeland Security Secretary Alejandro Mayorkas said Thursday.\n\n' +
        'The mayor, Jane Doe, called the plan “a historic step” on Monday.\n\n' +
        '“In recent days, these e-mails have been selectively and inaccurately read out to the media,” said a White House spokesman, Eric Schultz.\n\n' +
        'Representative Jim Jordan, Republican of Ohio, a founder of the conservative House Freedom Caucus, asked if Mr. Trump should demand extradition of the hackers, said, “I’ll leave that to the president.”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual([
      'Alejandro Mayorkas',
      'Jane Doe',
      'Eric Schultz',
      'Jim Jordan',
    ]);
  });
});

describe('a cue with a subject of its own', () => {
  // Probes from the session review: the person opening the sentence is not the one who called or complained.
  it('gives the quote to the subject of the cue, not the person opening the sentence', () => {
    const { quotes } = analyze(
      'President Trump signed the bill on Friday after weeks of what critics called “a manufactured crisis.”\n\n' +
        'Mitch McConnell scheduled the vote after Democrats complained about “a rushed process.”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual([undefined, 'Democrats']);
  });
});

describe('a speaker with a suffix', () => {
  it('finds "Robert P. Casey Jr." named in the quote’s own sentence by his family name', () => {
    const { quotes } = analyze(
      'Sen. Robert P. Casey Jr. said on Tuesday, “We will not vote for this bill until the cuts are gone.”',
    );
    expect(quotes.map((q) => [q.speaker, q.speakerInSentence])).toEqual([['Robert P. Casey Jr.', true]]);
  });
});

// Sentences from the BASIL dev stories of the brief review (/work/notes/review-brief.md, section 1).
describe('a "he" or "she" without a name in the quote’s sentence (BASIL brief review)', () => {
  it('resolves "he" past a sentence whose subject is "he" to its subject, not to the object it names', () => {
    // 22b6 fox: Braley, who mocked Grassley, said it; not Grassley.
    const { quotes } = analyze(
      'Braley apologized for the remarks in a written statement after the video was released. He said he “respects” Grassley and proclaimed his support for Iowa’s farmers.\n\n' +
        '“I have tremendous respect for Iowa farmers and appreciate how important they are to our state, and I’m grateful to have the support of hundreds of farmers across Iowa,” he said.',
    );
    const respect = quotes.find((q) => q.text.startsWith('I have tremendous respect'))!;
    expect(respect.speaker).toBe('Braley');
  });

  it('resolves "she" to a woman (or someone of unknown gender), never to a man named since', () => {
    // be02 fox: the accuser Leigh Corfman speaks, not Roy Moore.
    const { quotes } = analyze(
      'The Post story centered on allegations made by Leigh Corfman, now 53. She told the newspaper that Moore, then an assistant district attorney, first approached her in 1979 outside a courtroom in Alabama where she was sitting with her mother.\n\n' +
        'During a subsequent visit, Corfman reportedly claimed he took off her shirt and pants; touched her over her bra and underwear; and guided her hand to his underwear. She said the two did not have sexual intercourse, and that she ended up getting dressed and asking Moore to take her home, according to the Post.\n\n' +
        '“I wanted it over with – I wanted out,” she told the Post, apparently recalling her train of thought at the time.',
    );
    const wantedOut = quotes.find((q) => q.text.startsWith('I wanted it over'))!;
    expect(wantedOut.speaker).toBe('Leigh Corfman');
  });

  it('does not resolve "he" to a woman named last', () => {
    // 0d10 fox: Trump's letter, not Nancy Pelosi's, whom it congratulates.
    const { quotes } = analyze(
      "Yet House Speaker Nancy Pelosi said the Democrats' view is that they cannot resolve the funding dispute until the government fully opens.\n\n" +
        'Trump met with Democratic and Republican leaders of both chambers.  Ahead of the meeting Trump sent a letter to members of Congress congratulating Pelosi on her election as speaker and calling on Congress to re-open the government.\n\n' +
        '“As we begin this new Congress, our first task should be to reopen the Government and to deliver on our highest duty as elected officials: the security of the Nation and its borders," he said.',
    );
    const letter = quotes.find((q) => q.text.startsWith('As we begin'))!;
    expect(letter.speaker).toBe('Trump');
  });

  it('resolves "he" to the subject after an opening connective, not to a man named later in that sentence', () => {
    // 72fa nyt: Trump's words on the F.B.I., not Lieberman's, whom the sentence before names last.
    const { quotes } = analyze(
      'Still, Mr. Trump, speaking briefly with reporters in the Oval Office as he met with President Juan Manuel Santos of Colombia, offered an emphatic \u201cyes\u201d when asked whether Mr. Lieberman was among the finalists.\n\n' +
        '\u201cWe need a great director of the F.B.I. I cherish the F.B.I. It\u2019s special,\u201d he told reporters later at a joint East Room news conference with Mr. Santos.',
    );
    const fbi = quotes.find((q) => q.text.startsWith('We need a great director'))!;
    expect(fbi.speaker).toBe('Trump');
  });
});

describe('a quote introduced by "what he called" (BASIL brief review)', () => {
  it('gives it to the subject of "he called", not to a name in the clause after the quote', () => {
    // be02 fox: Moore's words, not The Washington Post's.
    const { quotes } = analyze(
      'Moore lashed out earlier at what he called "the Obama-Clinton machine\'s liberal media lapdogs" after The Washington Post reported on a woman\'s claims that the former judge and staunch social conservative initiated a sexual encounter with her when she was 14.',
    );
    expect(quotes[0]).toMatchObject({
      text: "the Obama-Clinton machine's liberal media lapdogs",
      speaker: 'Moore',
    });
  });
});

describe('words one person reports another said (BASIL brief review)', () => {
  it('gives the quote to the one reporting it, not to the one reported', () => {
    // 0d10 fox: Schumer's account of what Trump told them, not Trump's own words.
    const { quotes } = analyze(
      'Despite Trump saying conversations had "come a long way," Democrats were more dour in their assessment.  Senate Minority Leader Chuck Schumer exited saying Trump told them "he’d keep the government closed for a very long period of time, months or even years.”',
    );
    const closed = quotes.find((q) => q.text.startsWith('he’d keep'))!;
    expect(closed.speaker).toBe('Chuck Schumer');
  });
});

describe('quoted titles (BASIL brief review)', () => {
  it('takes a quoted show title joined by "&" for a name, not for a quote', () => {
    // 0d10 fox: "Fox & Friends" was listed as Sarah Sanders's words.
    const { quotes, attributed } = analyze(
      'White House Press Secretary Sarah Sanders said on "Fox & Friends" earlier Friday that it would be up to Pelosi to get her party behind her, including the left flank pushing for impeachment.',
    );
    expect(quotes.filter((q) => q.kind !== 'indirect')).toEqual([]);
    expect(attributed.map((a) => a.text)).toContain('Fox & Friends');
  });
});

describe('speakers named beside the quote in other ways (BASIL dev briefs e71d149d, 1b96a5db)', () => {
  const speakerOf = (text: string, start: string) =>
    analyze(text).quotes.find((q) => q.text.startsWith(start))?.speaker;

  it('reads a party tag between the name and "said", and "tweeted former ... Secretary X"', () => {
    expect(
      speakerOf(
        '“I deeply respect the president and the reasons he has given for vetoing the Justice Against Sponsors of Terrorism Act,” Sen. Richard Blumenthal (D-Conn.) said ahead of the vote.',
        'I deeply respect',
      ),
    ).toBe('Richard Blumenthal');
    expect(
      speakerOf(
        '“The American people deserve to know the full truth about Russia’s interference in our democracy,” tweeted former Housing and Urban Development Secretary Julián Castro.',
        'The American people',
      ),
    ).toBe('Julián Castro');
  });

  it('gives the quote to the subject whose clause runs on to the cue', () => {
    expect(
      speakerOf(
        "Sen. Bernie Sanders of Vermont, campaigning in San Francisco on Sunday, told the large crowd that, “I don't want a summary of the report! I want the whole damn report because nobody, especially this president, is above the law.”",
        "I don't want",
      ),
    ).toBe('Bernie Sanders');
    expect(
      speakerOf(
        'And Sen. Kirsten Gillibrand of New York also chimed in, demanding that the “Mueller report must be made public. Not just a letter from Trump’s handpicked Attorney General.”',
        'Mueller report must',
      ),
    ).toBe('Kirsten Gillibrand');
    expect(
      speakerOf(
        'Ms. Harris, in addition to calling for the report to be released “immediately,” called on Mr. Barr to “publicly testify under oath about the investigation and its findings.”',
        'publicly testify',
      ),
    ).toBe('Harris');
    expect(
      speakerOf(
        'It was a similar call from Sen. Amy Klobuchar of Minnesota, who tweeted that “AG Barr’s summary 4-pg letter of Special Counsel Mueller’s investigation underscores that the report needs to be made public.”',
        'AG Barr',
      ),
    ).toBe('Amy Klobuchar');
  });

  it('keeps a clause of its own apart: the subject named after "one day before" is not the "he" that follows', () => {
    const text =
      'And on Saturday, one day before Attorney General William Barr released a short summary of Mueller’s findings, former Texas Rep. Beto O’Rourke charged on the campaign trail in South Carolina that you “have a president who sought to collude with the Russian government.”\n\n' +
      'He did not comment at length on Sunday, but did say at a campaign stop in Las Vegas that Trump is “one of the most racist and uncivil presidents we have ever had.”';
    expect(speakerOf(text, 'one of the most racist')).toBe('Beto O’Rourke');
  });

  it('still leaves a quote to the subject of a clause of its own ("after what critics called")', () => {
    expect(
      speakerOf(
        'President Trump signed the bill after what critics called “a giveaway to the rich” in a ceremony at the White House.',
        'a giveaway',
      ),
    ).toBeUndefined();
  });
});

describe('speakers after a scene-setting phrase, an appositive noun or described by office (BASIL 58ed2376, 06ffda2d)', () => {
  const speakerOf = (text: string, start: string) =>
    analyze(text).quotes.find((q) => q.text.startsWith(start))?.speaker;

  it('reads the subject after "From Washington on Monday," and after "One candidate,"', () => {
    expect(
      speakerOf(
        'From Washington on Monday, Gov. Jack Markell of Delaware, a Democrat, told Ronan Farrow of MSNBC that if Ms. Brewer signs the measure, “the N.F.L. may be looking, or maybe should be looking, to move the Super Bowl out of the state.”',
        'the N.F.L.',
      ),
    ).toBe('Jack Markell');
    expect(
      speakerOf(
        'One candidate, Scott Smith, the mayor of Mesa, who is a Mormon, said that the bill “gives carte blanche for anybody to discriminate under the guise of religion.”',
        'gives carte blanche',
      ),
    ).toBe('Scott Smith');
  });

  it('gives "the four-term congressman said" to the congressman named before, not to another person', () => {
    const text =
      'Texas Rep. Blake Farenthold resigned on Friday. Lauren Greene, his former communications director, sued him in 2014.\n\n' +
      '“I had no idea how to run a congressional office,” the four-term congressman said in December.';
    expect(speakerOf(text, 'I had no idea')).toBe('Blake Farenthold');
  });
});

describe('speakers a journalist review found wrong (BASIL c21cb217, dd1e6e3b, 2b9468af)', () => {
  it('does not give "he told CNN" to the wife named before it', () => {
    const { quotes } = analyze(
      'Rep. Anthony D. Weiner said on Tuesday that he had hired a lawyer.\n\n' +
        'The congressman also expressed concern about the toll the episode was taking on his wife, Huma Abedin, a longtime aide to Secretary of State Hillary Rodham Clinton. “I’m protecting my wife, who every day is waking up to these insane stories that are getting so far from reality,” he told CNN.',
    );
    expect(quotes.find((q) => q.text.startsWith('I’m protecting'))?.speaker).toBe('Anthony D. Weiner');
  });

  it('gives no one the words of messages "which urged him", nor a question put to someone', () => {
    const wikileaks = analyze(
      'According to the report, the messages are part of a long correspondence between WikiLeaks and Trump Jr., though Trump Jr. seemed to ignore many of the messages, including some which urged him to release “one or more of your father’s tax returns.”',
    );
    expect(wikileaks.quotes.find((q) => q.text.startsWith('one or more'))?.speaker).toBeUndefined();
    const asked = analyze(
      'Weiner faced reporters on Capitol Hill on Tuesday. Asked point-blank, "Is that picture you?" Weiner replied, "You know I\'m not going to talk about this anymore."',
    );
    expect(asked.quotes.map((q) => [q.text.slice(0, 12), q.speaker])).toEqual([
      ['Is that pict', undefined],
      ["You know I'm", 'Weiner'],
    ]);
    // "Asked what they will look at, Nadler said, “…”" still has its speaker.
    expect(
      analyze('Asked what they will look at, Nadler said, “We are talking about everything.”').quotes[0]
        ?.speaker,
    ).toBe('Nadler');
  });

  it('reads a show\'s title as a name, and no one named in it as the "he" of a later quote', () => {
    const text =
      'Rep. Eric Swalwell announced his run for president on "The Late Show with Stephen Colbert" on Monday night. "I\'ve already done a lot, but I can do more," he said.';
    const quotes = analyze(text).quotes.filter((q) => q.kind !== 'indirect');
    expect(quotes.map((q) => [q.text.slice(0, 12), q.speaker])).toEqual([["I've already", 'Eric Swalwell']]);
  });
});
