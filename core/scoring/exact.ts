// Exact arithmetic for scores. Weights are integer hundredths (0.75 -> 75), so every
// indicator score is an integer; only the averaged SID term divides, and that is kept as a
// fraction until the single half-up rounding at the output.

/** n / d rounded half-up to 2 decimals (n, d >= 0, safe integers). */
export function roundHalfUp2(numerator: number, denominator: number): number {
  if (denominator <= 0) throw new RangeError("denominator must be positive");
  const hundredths = Math.floor((numerator * 200 + denominator) / (2 * denominator));
  return hundredths / 100;
}

/** Integer hundredths -> number with 2 decimals (exact for the values we produce). */
export const fromHundredths = (h: number): number => Math.round(h) / 100;
