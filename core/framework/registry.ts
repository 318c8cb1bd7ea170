// The built-in frameworks and loading of user-supplied ones (a new year's JSON, no code change).
import iid2026 from "./data/iid-2026.json" with { type: "json" };
import iid2027 from "./data/iid-2027.json" with { type: "json" };
import { compileFramework, FrameworkError, type Framework } from "./compile.ts";
import { frameworkOverlaySchema, frameworkSchema, type FrameworkDefinition } from "./schema.ts";

export const DEFAULT_FRAMEWORK_ID = "iid-2026";

const builtInDefinitions: Record<string, unknown> = { "iid-2026": iid2026, "iid-2027": iid2027 };
const compiled = new Map<string, Framework>();

/** Ids of the frameworks that ship with IID Check. */
export const builtInFrameworkIds = (): string[] => Object.keys(builtInDefinitions);

/** Validates a framework document (full, or extending a built-in one) and compiles it. */
export function loadFramework(document: unknown, resolve: (id: string) => Framework = getFramework): Framework {
  const record = document !== null && typeof document === "object" ? (document as Record<string, unknown>) : {};
  if (typeof record.extends === "string") {
    const overlay = frameworkOverlaySchema.safeParse(document);
    if (!overlay.success) throw zodProblem(overlay.error.issues);
    const { extends: parentId, ...sections } = overlay.data;
    const parent = resolve(parentId);
    const merged: Record<string, unknown> = { ...definitionOf(parent) };
    for (const [key, value] of Object.entries(sections)) if (value !== undefined) merged[key] = value;
    return loadFramework(merged, resolve);
  }
  const parsed = frameworkSchema.safeParse(document);
  if (!parsed.success) throw zodProblem(parsed.error.issues);
  return compileFramework(parsed.data);
}

/** A built-in framework by id (compiled once). */
export function getFramework(id: string = DEFAULT_FRAMEWORK_ID): Framework {
  const cached = compiled.get(id);
  if (cached) return cached;
  const definition = builtInDefinitions[id];
  if (!definition) throw new FrameworkError(`Unknown framework "${id}"`, [`known: ${builtInFrameworkIds().join(", ")}`]);
  const framework = loadFramework(definition, getFramework);
  compiled.set(id, framework);
  return framework;
}

function definitionOf(framework: Framework): FrameworkDefinition {
  const { indicatorByKey: _a, spd: _b, sid: _c, weightHundredths: _d, matchers: _e, yandas: _f, ...definition } = framework;
  return definition;
}

function zodProblem(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FrameworkError {
  return new FrameworkError(
    "The framework file does not match the framework schema",
    issues.slice(0, 50).map((i) => `${i.path.map(String).join(".") || "(root)"}: ${i.message}`),
  );
}
