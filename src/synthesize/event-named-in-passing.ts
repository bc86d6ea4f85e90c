// An event a sentence mentions by its date on the way to something else: "Since the Hamas terrorist attacks on
// October 7th", "praised the success of the Hamas attacks on October 7th", "after Russia's invasion of
// February 24". The determiner or possessive ties the date to the noun, not to the sentence's own verb.
// Only after a preposition ("since", "of", "after"), where the noun phrase is no subject or object of the
// sentence's own verb: "The Senate will hold its vote on March 3" dates its own event.
const EVENT_NOUN_BEFORE_DATE =
  /\b(?:[Ss]ince|[Aa]fter|[Bb]efore|[Ff]ollowing|[Aa]mid|[Dd]espite|of|from|over|about|in)\s+(?:the|its|their|his|her|this|that|[\p{Lu}][\p{L}.-]*['’]s?)\s+((?:[\p{L}\d'’-]+\s+){0,3}?(?:attacks?|assaults?|invasion|incursion|massacres?|raids?|(?:air)?strikes?|bombings?|shootings?|killings?|stabbings?|uprising|coup|elections?|referendum|summit|speech|visit|crash|explosions?|blasts?|protests?|riots?|rally|storm|earthquake|flood|fire))\s+(?:on|of)\s+$/u;

/**
 * The event noun phrase a date mention belongs to when the date only names that event in passing ("the Hamas
 * attacks" in "since the Hamas attacks on October 7th"); undefined when the date dates the sentence's own
 * event. `before`: the sentence's text up to the mention.
 */
export function eventNamedInPassing(before: string): string | undefined {
  return EVENT_NOUN_BEFORE_DATE.exec(before.slice(-120))?.[1];
}
