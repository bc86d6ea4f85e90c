import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../src/ingest/index.js';
import { buildReport } from '../src/pipeline/index.js';
import { sampleArticle, sampleResult } from './helpers/sample.js';
import { analyzeArticle } from '../src/analyze/index.js';
import { compareStory } from '../src/compare/index.js';

// Review stories from the BASIL dev set (journalist review, section 4): three outlets' full articles each.
const storyFile = (name: string): string =>
  fileURLToPath(new URL(`./fixtures/omissions/${name}.jsonl`, import.meta.url));

/** The texts of the facts the report says an outlet leaves out of the review story in `name`. */
async function omittedBy(name: string, outlet: string): Promise<string[]> {
  const { documents, diagnostics } = await readInputs([storyFile(name)]);
  const { report } = buildReport(documents, diagnostics, { generatedAt: '2026-01-01T00:00:00.000Z' });
  const articleId = report.articles.find((a) => a.outlet === outlet)!.id;
  const story = report.stories.find((s) => s.articleIds.includes(articleId))!;
  const factIds = story.omissions.find((o) => o.articleId === articleId)?.factIds ?? [];
  return factIds.map((id) => story.facts.find((f) => f.id === id)!.text);
}

describe('omissions in review stories', () => {
  it('does not say Fox leaves out America Rising releasing the video, which it tells in its own words', async () => {
    // Fox: "The video, which was posted online by the conservative super PAC America Rising, ..."
    expect(await omittedBy('22b6e900', 'fox')).not.toContainEqual(expect.stringMatching(/America Rising/));
  });

  it('does not say the NYT leaves out the governor’s son opposing the bill, its whole subject', async () => {
    // NYT: "he disclosed that the proposal had drawn resistance from a particularly noteworthy critic: his son,
    // Seth Hutchinson."
    expect(await omittedBy('2742e9c1', 'nyt')).not.toContainEqual(expect.stringMatching(/his own son/));
  });

  it('does not say HuffPost leaves out the other women The Post found', async () => {
    // HuffPost: "telling the paper the accusations of four women are “the very definition of fake news.”"
    expect(await omittedBy('be026bd1', 'hpo')).not.toContainEqual(expect.stringMatching(/three other women/));
  });

  it('keeps what an outlet really leaves out, though it shares a phrase or a denial with it', async () => {
    // HuffPost says only "He has no federal law enforcement experience" and quotes McCaskill on "a law
    // enforcement official"; it never says Lieberman was Connecticut's attorney general.
    expect(await omittedBy('72fa9b13', 'hpo')).toContainEqual(
      expect.stringMatching(/attorney general of Connecticut/),
    );
    // The NYT never names McCaskill.
    expect(await omittedBy('72fa9b13', 'nyt')).toContainEqual(expect.stringMatching(/McCaskill/));
  });

  it('does not take words an outlet only quotes for its telling of a fact', async () => {
    // Sample article 002 quotes Blinken's warning to "anyone who might seek to take advantage of the conflict";
    // it never says al-Sudani is "working with his own security forces ... to take necessary action ... to seek
    // to prevent them".
    const { report } = await sampleResult();
    const story = report.stories[0]!;
    const articleId = (await sampleArticle('002')).article.id;
    const factIds = story.omissions.find((o) => o.articleId === articleId)?.factIds ?? [];
    const omitted = factIds.map((id) => story.facts.find((f) => f.id === id)!.text);
    expect(omitted).toContainEqual(expect.stringMatching(/working with his own security forces/));
  });
});

describe('an outlet reporting a quote by its key words (BASIL 08bb9bee, a journalist review)', () => {
  const analyzed = (id: string, text: string) =>
    analyzeArticle({ id, input: id, text, removed: [], publishedAt: '2012-08-21' });
  const fox = analyzed(
    'fox',
    'Akin made the remarks in an interview with Fox affiliate KTVI.\n\n"It seems to me first of all, from what I understand from doctors, that\'s really rare," Akin told KTVI. "If it\'s a legitimate rape, the female body has ways to try to shut that whole thing down."',
  );
  const hpo = analyzed(
    'hpo',
    'On Sunday, Akin prompted outrage with his response to a question about supporting abortion in the case of rape.\n\n"From what I understand from doctors, that\'s really rare," Akin said of pregnancies caused by rape. "If it\'s a legitimate rape, the female body has ways to try to shut that whole thing down."',
  );
  const nyt = analyzed(
    'nyt',
    'Mr. Akin said over the weekend that women’s bodies will resist getting pregnant from a “legitimate rape,” comments that have been widely condemned, including by Mr. Romney who called for Mr. Akin to withdraw from the race.',
  );

  it('does not say it leaves out the quote whose words it quotes from the same speaker', () => {
    const story = compareStory([fox, hpo, nyt]);
    const omitted = story.omissions.find((o) => o.articleId === 'nyt')!.factIds;
    const texts = omitted.map((id) => story.facts.find((f) => f.id === id)!.text);
    expect(texts.filter((t) => t.includes('legitimate rape'))).toEqual([]);
    // What it really leaves out stays an omission.
    expect(texts.some((t) => t.includes("that's really rare"))).toBe(true);
  });
});
