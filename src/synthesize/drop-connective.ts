// Words that open a sentence only to link it to the one before ("But", "And yet", "Still,", "In addition,");
// not "So far" or "So many", which say something.
const CONNECTIVE =
  /^(?:And|But|Yet|So(?!\s+(?:far|long|much|many|few|called)\b)|Still|However|Instead|Meanwhile|Moreover|Furthermore|Indeed|Nonetheless|Nevertheless|Thus|Therefore|Also|Besides|Plus|In particular|In addition|On the other hand|Even so)\b,?\s+(?=\S)/;

/** The sentence without the connectives that open it, capitalised again ("But a year later, …" -> "A year later, …"). */
export function dropConnective(text: string): string {
  let rest = text;
  for (let match = CONNECTIVE.exec(rest); match; match = CONNECTIVE.exec(rest))
    rest = rest.slice(match[0].length);
  return rest === text ? text : rest.charAt(0).toUpperCase() + rest.slice(1);
}
