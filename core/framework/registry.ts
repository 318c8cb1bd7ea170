// The built-in frameworks. They are validated against the framework schema by the tests
// (test/core/framework.test.ts), so at run time they are only compiled: this keeps zod out of
// the browser extension's content script. User-supplied files go through load.ts.
import iid2026 from "./data/iid-2026.json" with { type: "json" };
import iid2027 from "./data/iid-2027.json" with { type: "json" };
import { compileFramework, FrameworkError, type Framework } from "./compile.ts";
import type { FrameworkDefinition } from "./schema.ts";

export const DEFAULT_FRAMEWORK_ID = "iid-2026";

/** The shipped framework documents, as JSON (a document may "extends" another by id). */
export const builtInDefinitions: Readonly<Record<string, Record<string, unknown>>> = { "iid-2026": iid2026, "iid-2027": iid2027 };
const compiled = new Map<string, Framework>();

/** Ids of the frameworks that ship with IID Check. */
export const builtInFrameworkIds = (): string[] => Object.keys(builtInDefinitions);

/** Replaces whole top-level sections of the parent with the overlay's. */
export function mergeOverlay(parent: FrameworkDefinition, overlay: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...parent };
  for (const [key, value] of Object.entries(overlay)) if (key !== "extends" && value !== undefined) merged[key] = value;
  return merged;
}

export function definitionOf(framework: Framework): FrameworkDefinition {
  const { indicatorByKey: _a, spd: _b, sid: _c, weightHundredths: _d, matchers: _e, yandas: _f, ...definition } = framework;
  return definition;
}

/** A built-in framework by id (compiled once). */
export function getFramework(id: string = DEFAULT_FRAMEWORK_ID): Framework {
  const cached = compiled.get(id);
  if (cached) return cached;
  const document = builtInDefinitions[id];
  if (!document) throw new FrameworkError(`Unknown framework "${id}"`, [`known: ${builtInFrameworkIds().join(", ")}`]);
  const parentId = typeof document.extends === "string" ? document.extends : undefined;
  const definition = (parentId ? mergeOverlay(definitionOf(getFramework(parentId)), document) : document) as FrameworkDefinition;
  const framework = compileFramework(definition);
  compiled.set(id, framework);
  return framework;
}
