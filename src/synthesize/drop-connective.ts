// Conjunctions that open a sentence only to link it to the one before ("But a year later", "And yet"); not
// "So far", "So many", "Yet to", "Yet another" or "But for", which say something.
const CONJUNCTION =
  /^(?:And|But(?!\s+for\b)|Yet(?!\s+(?:to|another|again)\b)|So(?!\s+(?:far|long|much|many|few|called)\b))\s+(?=\S)/;
// Adverbs that do the same, set off by a comma ("Still, Pelosi…", "In addition, …"); without the comma they
// are part of the clause ("Besides Trump, 11 others", "Instead of a wall", "Thus far").
const ADVERB =
  /^(?:Still|However|Instead|Meanwhile|Moreover|Furthermore|Indeed|Nonetheless|Nevertheless|Thus|Therefore|Also|Besides|Plus|In particular|In addition|On the other hand|Even so),\s+(?=\S)/;

/** The sentence without the connectives that open it, capitalised again ("But a year later, …" -> "A year later, …"). */
export function dropConnective(text: string): string {
  let rest = text;
  for (;;) {
    const match = CONJUNCTION.exec(rest) ?? ADVERB.exec(rest);
    if (!match) return rest;
    rest = rest.slice(match[0].length);
    rest = rest.charAt(0).toUpperCase() + rest.slice(1);
  }
}
