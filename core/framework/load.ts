// Loading a framework document a user supplies (a new year's JSON, no code change): validated
// against the zod schema, resolved against a built-in parent when it "extends" one, compiled.
import { compileFramework, FrameworkError, type Framework } from "./compile.ts";
import { definitionOf, getFramework, mergeOverlay } from "./registry.ts";
import { frameworkOverlaySchema, frameworkSchema } from "./schema.ts";

export function loadFramework(document: unknown, resolve: (id: string) => Framework = getFramework): Framework {
  const record = document !== null && typeof document === "object" ? (document as Record<string, unknown>) : {};
  if (typeof record.extends === "string") {
    const overlay = frameworkOverlaySchema.safeParse(document);
    if (!overlay.success) throw zodProblem(overlay.error.issues);
    return loadFramework(mergeOverlay(definitionOf(resolve(overlay.data.extends)), overlay.data), resolve);
  }
  const parsed = frameworkSchema.safeParse(document);
  if (!parsed.success) throw zodProblem(parsed.error.issues);
  return compileFramework(parsed.data);
}

function zodProblem(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FrameworkError {
  return new FrameworkError(
    "The framework file does not match the framework schema",
    issues.slice(0, 50).map((i) => `${i.path.map(String).join(".") || "(root)"}: ${i.message}`),
  );
}
