import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonSchemas } from "../../scripts/json-schemas.ts";

const root = join(import.meta.dirname, "..", "..");

describe("published JSON Schemas", () => {
  it("are up to date with the zod schemas (run `npm run schemas` after changing them)", () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      const committed = JSON.parse(readFileSync(join(root, "schemas", name), "utf8"));
      expect(committed, name).toEqual(JSON.parse(JSON.stringify(schema)));
    }
  });

  it("describe the contract's key names", () => {
    const submission = jsonSchemas()["submission.schema.json"] as { properties: Record<string, { anyOf?: unknown; items?: { properties: Record<string, unknown> } }> };
    const innovation = submission.properties.innovations!.items!.properties;
    for (const key of ["name", "agency", "stage", "initiator", "initiatorName", "classification", "type", "form", "mainAffair", "otherAffairs", "trialDate", "implementationDate", "developmentDate", "design", "goal", "benefit", "result", "indicators"])
      expect(innovation, key).toHaveProperty(key);
  });
});
