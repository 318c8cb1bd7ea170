// A portal profile: explicit selectors for a portal whose markup we know. Selectors win over the
// label heuristics; anything a profile does not name is still found by the heuristics. One file per
// portal in this folder, registered in ./index.ts under its file name (a test checks the two agree).
import type { ProfileFieldKey } from "../../../core/framework/schema.ts";
import type { IndicatorPart } from "../../../core/recognition/labels.ts";

export interface PortalProfile {
  /** Set by ./index.ts from the file name. */
  id: string;
  /** Short description: which portal, and where its selectors come from. */
  description: string;
  /** Whether the profile applies to a page. */
  matches(url: URL): boolean;
  /** One CSS selector per profile field. */
  fields: Partial<Record<ProfileFieldKey, string>>;
  /** Selectors per indicator part with `{key}` standing for the indicator number ("16"). */
  indicators: Partial<Record<Exclude<IndicatorPart, "value">, string>>;
}

export type ProfileDefinition = Omit<PortalProfile, "id">;

export const defineProfile = (definition: ProfileDefinition): ProfileDefinition => definition;
