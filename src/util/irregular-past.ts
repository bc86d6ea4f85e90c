/** Irregular past-tense verbs news uses most ("said", "met", "took"): what the "-ed" test misses. */
export const IRREGULAR_PAST: readonly string[] = (
  'said told was were had did made took gave met spoke wrote sent began came went left saw found held won lost ' +
  'ran got brought put kept paid sold led fell rose struck shot hit quit thought felt knew stood sat became ' +
  'broke chose drew flew grew threw wore sought fought bought'
).split(' ');
