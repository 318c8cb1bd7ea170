// The framework as the main content script's build hands it over (scripts/build-extension.ts: trimmed
// by slimFrameworkDocument, written by compactDataModule), evaluated and compiled the way
// core/framework/registry.ts compiles the built-in documents.
import { compileFramework, type Framework } from "../../../core/framework/compile.ts";
import { builtInDefinitions, definitionOf, mergeOverlay } from "../../../core/framework/registry.ts";
import type { FrameworkDefinition } from "../../../core/framework/schema.ts";
import { compactDataModule, slimFrameworkDocument } from "../../../scripts/build-extension.ts";

export const importCode = async (js: string): Promise<Record<string, unknown>> =>
  (await import(`data:text/javascript;base64,${Buffer.from(js).toString("base64")}`)) as Record<string, unknown>;

/** Each built-in framework document as the content script's module exports it. */
export const contentDocuments: Readonly<Record<string, Record<string, unknown>>> = Object.fromEntries(
  await Promise.all(
    Object.keys(builtInDefinitions).map(async (id) => [id, (await importCode(compactDataModule(slimFrameworkDocument(builtInDefinitions[id]!)))).default as Record<string, unknown>] as const),
  ),
);

/** A built-in framework compiled from the content script's documents. */
export function contentFramework(id: string): Framework {
  const document = contentDocuments[id]!;
  const parent = typeof document.extends === "string" ? document.extends : undefined;
  return compileFramework((parent ? mergeOverlay(definitionOf(contentFramework(parent)), document) : document) as FrameworkDefinition);
}
