// Stands in for core/framework/registry.ts in the form kit's build only (scripts/build-extension.ts).
// main.js compiles the framework from its data and hands the compiled object to every call of the
// kit (check, view, messages), so the kit needs no registry and no second copy of the framework
// data: the core's entry points reach the registry only when given no framework, which the kit
// never does. Reaching it anyway is a bug, reported loudly rather than answered with a wrong framework.
import type { Framework } from "../../core/framework/compile.ts";

export const DEFAULT_FRAMEWORK_ID = "iid-2026";

export const builtInFrameworkIds = (): string[] => [];

export function getFramework(id: string = DEFAULT_FRAMEWORK_ID): Framework {
  throw new Error(`IID Check: the form kit was not given the framework (asked for "${id}")`);
}
