// Writes the published JSON Schemas (framework definition and submission document) from the
// zod schemas, which stay the single source of truth. `npm run schemas`; a test checks they
// are up to date.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { jsonSchemas } from "./json-schemas.ts";

const dir = join(import.meta.dirname, "..", "schemas");
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(join(dir, name), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote schemas/${name}`);
}
