import { z } from "zod";
import { frameworkOverlaySchema, frameworkSchema } from "../core/framework/schema.ts";
import { submissionInputSchema } from "../core/submission/schema.ts";

const BASE = "https://iid-check.github.io/schemas";

/** The JSON Schemas we publish, by file name. Refinements (e.g. maxima consistency) are checked by the loader, not the schema. */
export function jsonSchemas(): Record<string, unknown> {
  return {
    "framework.schema.json": {
      $id: `${BASE}/framework.schema.json`,
      title: "IID Check framework definition",
      description: "One IID cycle's framework: indicators, weights, options, evidence rules, formula parameters, predikat bands. A file may instead extend a built-in framework with an \"extends\" key and replace whole sections.",
      anyOf: [z.toJSONSchema(frameworkSchema, { io: "input", unrepresentable: "any" }), z.toJSONSchema(frameworkOverlaySchema, { io: "input", unrepresentable: "any" })],
    },
    "submission.schema.json": {
      $id: `${BASE}/submission.schema.json`,
      title: "IID Check submission document",
      description: "A region's IID submission: the region's SPD indicators and its innovations. Values are read leniently (text or numbers); problems become findings.",
      ...z.toJSONSchema(submissionInputSchema, { io: "input", unrepresentable: "any" }),
    },
  };
}
