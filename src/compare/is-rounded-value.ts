const ROUNDING_TOLERANCE = 0.05;

/** How many significant digits a number is written with (1,400,000,000,000 -> 2; 1.37 -> 3). */
export const significantDigits = (value: number): number =>
  String(value)
    .replace(/^0\.0*|\./g, '')
    .replace(/0+$/, '').length || 1;

/** Whether the number `rounded` is `precise` rounded to fewer significant digits (large figures only). */
export function isRoundedValue(rounded: number, precise: number): boolean {
  if (rounded < 10_000) return false;
  const digits = significantDigits(rounded);
  if (digits >= significantDigits(precise)) return false;
  // Within 5%: "10,000" is not 14,000 rounded, though one significant digit would make it so.
  if (Math.abs(rounded - precise) > ROUNDING_TOLERANCE * precise) return false;
  return Number(precise.toPrecision(digits)) === rounded;
}
