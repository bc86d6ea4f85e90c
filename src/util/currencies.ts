/** The currencies a sum can be written in: symbol -> the unit a quantity of it carries ("$" -> "dollar"). */
export const CURRENCY_UNITS: Readonly<Record<string, string>> = { $: 'dollar', '£': 'pound', '€': 'euro' };

const SYMBOLS = new Map(Object.entries(CURRENCY_UNITS).map(([symbol, unit]) => [unit, symbol]));

/** The symbol of a money unit ("dollar" -> "$", "dollar per year" -> "$"), or undefined for a count. */
export function currencySymbol(unit: string): string | undefined {
  const per = unit.indexOf(' per ');
  return SYMBOLS.get(per >= 0 ? unit.slice(0, per) : unit);
}
