// Conjunctions that open a sentence only to link it to the one before ("But a year later", "And yet"); not
// "So far", "So many", "Yet to", "Yet another" or "But for", which say something.
const CONJUNCTION =
  /^(?:And|But(?!\s+for\b)|Yet(?!\s+(?:to|another|again)\b)|So(?!\s+(?:far|long|much|many|few|called)\b))\s+(?=\S)/;
// Adverbs that do the same, set off by a comma ("Still, Pelosi…", "In addition, …"); without the comma they
// are part of the clause ("Besides Trump, 11 others", "Instead of a wall", "Thus far").
const ADVERB =
  /^(?:Still|However|Instead|Meanwhile|Moreover|Furthermore|Indeed|Nonetheless|Nevertheless|Thus|Therefore|Also|Besides|Plus|In particular|In addition|On the other hand|Even so),\s+(?=\S)/;

// The same set off by commas after the subject ("McConnell, though, said"; "The House, however, voted").
const INSERTED_ADVERB =
  /,\s+(?:though|however|meanwhile|moreover|nonetheless|nevertheless|in turn|for (?:his|her|their|its) part),(?=\s)/;

/**
 * The sentence without the connectives that open it, capitalised again ("But a year later, …" -> "A year
 * later, …"), or set off after its subject ("McConnell, though, said" -> "McConnell said").
 */
export function dropConnective(text: string): string {
  let rest = text.replace(INSERTED_ADVERB, '');
  for (;;) {
    const match = CONJUNCTION.exec(rest) ?? ADVERB.exec(rest);
    if (!match) return rest;
    rest = rest.slice(match[0].length);
    rest = rest.charAt(0).toUpperCase() + rest.slice(1);
  }
}
