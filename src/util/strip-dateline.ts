// "WASHINGTON (AP) — ", "DENVER – ", "RICHMOND, Va. ─ ": a place (and wire) set off by a spaced dash.
const SPACED_DATELINE = /^(?:[A-Z][A-Za-z.]*[ ,.]*){0,4}(?:\([A-Za-z ]+\))?\s*[—–─―-]{1,2}\s+/;
// "MINNEAPOLIS—", "WEST PALM BEACH, Fla.—": capitals run into the text by an em dash or a bar.
const RUN_IN_DATELINE = /^((?:[A-Z]{2,}\.?\s?)+)(,\s*[A-Z][A-Za-z.]{1,6})?[—―]/;
// "(CNN)The", "(CNN) - ": a wire credit in brackets.
const WIRE_CREDIT = /^\([A-Z][A-Za-z. ]{1,30}\)\s*[—–─―-]{0,2}\s*/;
// "CLAIM: ", "FACT CHECK: ": a fact-check or video rubric (not "WHO: The World Health Organization").
const RUBRIC =
  /^(?:CLAIMS?|VIDEO|WATCH|BREAKING|UPDATE|UPDATED|FACT CHECK|THE FACTS|AP[’']S ASSESSMENT|EXCLUSIVE|LIVE|PHOTOS?|ANALYSIS|VERDICT):\s+/;
const TEXT_STARTS = /^[\p{Lu}"“]/u;

/**
 * The sentence without a leading dateline, wire credit or rubric, which place a story rather than say
 * anything. Capitals run into the text count only as a place: at least two words, a state after a comma,
 * or one word not followed within eight words by a second dash that would close an aside ("ISIS—Islamic
 * State militants—claimed" and "DACA—Deferred Action…—protects" keep their words, as "AFL–CIO" does: an en
 * dash joins).
 */
export function stripDateline(text: string): string {
  for (const pattern of [SPACED_DATELINE, WIRE_CREDIT, RUBRIC]) {
    const match = pattern.exec(text);
    if (match && TEXT_STARTS.test(text.slice(match[0].length))) return text.slice(match[0].length);
  }
  const runIn = RUN_IN_DATELINE.exec(text);
  if (runIn) {
    const words = runIn[1]!.trim().split(/\s+/);
    const rest = text.slice(runIn[0].length);
    // One word of capitals may be an acronym opening an aside ("ISIS—Islamic State militants—claimed").
    const aside = /^(?:\S+\s+){0,7}?\S*[—―]/.test(rest);
    const place = runIn[2] !== undefined || words.length >= 2 || !aside;
    if (place && TEXT_STARTS.test(rest)) return rest;
  }
  return text;
}
