// An event a sentence mentions by its date on the way to something else: "Since the Hamas terrorist attacks on
// October 7th", "praised the success of the Hamas attacks on October 7th", "after Russia's invasion of
// February 24". The determiner or possessive ties the date to the noun, not to the sentence's own verb.
const EVENT_NOUN_BEFORE_DATE =
  /(?:^|[\s(])(?:the|its|their|his|her|this|that|last\s+year['’]s|[\p{Lu}][\p{L}.-]*['’]s?)\s+((?:[\p{L}\d'’-]+\s+){0,4}?(?:attacks?|assaults?|invasion|incursion|massacres?|raids?|(?:air)?strikes?|bombings?|shootings?|killings?|stabbings?|uprising|coup|elections?|votes?|referendum|summit|meetings?|speech|visit|announcement|ruling|decision|incident|crash|explosions?|blasts?|protests?|riots?|rally|hearing|debate|storm|earthquake|flood|fire))\s+(?:on|of)\s+$/iu;

/**
 * The event noun phrase a date mention belongs to when the date only names that event in passing ("the Hamas
 * attacks" in "since the Hamas attacks on October 7th"); undefined when the date dates the sentence's own
 * event. `before`: the sentence's text up to the mention.
 */
export function eventNamedInPassing(before: string): string | undefined {
  return EVENT_NOUN_BEFORE_DATE.exec(before.slice(-120))?.[1];
}
