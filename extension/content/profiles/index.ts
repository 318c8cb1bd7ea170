// Every portal profile, keyed by its file name (the id). The first that matches the page is used;
// `generic` matches everything and stays last.
import type { PortalProfile, ProfileDefinition } from "./define.ts";
import generic from "./generic.ts";
import iidPortal from "./iid-portal.ts";

const definitions: Record<string, ProfileDefinition> = {
  "iid-portal": iidPortal,
  generic,
};

export const profiles: readonly PortalProfile[] = Object.entries(definitions).map(([id, definition]) => ({ id, ...definition }));

export function profileFor(url: URL): PortalProfile {
  return profiles.find((p) => p.matches(url)) ?? profiles[profiles.length - 1]!;
}
