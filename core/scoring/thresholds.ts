// Raw value -> level, by the framework's thresholds (counts, percentages) or categories
// (BPK opinion, LAKIP grade). The bands are data; this only walks them.
import type { IndicatorDefinition, Threshold } from "../framework/schema.ts";
import { compactKey } from "../text/normalise.ts";

export function levelFromValue(
  value: number | string,
  threshold: Threshold | undefined,
  categories?: IndicatorDefinition["categories"],
): 1 | 2 | 3 | undefined {
  if (typeof value === "string") {
    const key = compactKey(value);
    for (const category of categories?.categories ?? [])
      if (category.values.some((v) => compactKey(v) === key)) return category.level as 1 | 2 | 3;
    return undefined;
  }
  if (!threshold) return undefined;
  for (const band of threshold.bands) {
    const holds =
      band.from !== undefined ? value >= band.from
      : band.above !== undefined ? value > band.above
      : band.upTo !== undefined ? value <= band.upTo
      : band.below !== undefined ? value < band.below
      : true;
    if (holds) return band.level as 1 | 2 | 3;
  }
  return undefined;
}

/** Whether an indicator can take a raw value at all. */
export const acceptsValue = (definition: IndicatorDefinition): boolean =>
  Boolean(definition.threshold || definition.categories || definition.bases?.some((b) => b.threshold));
