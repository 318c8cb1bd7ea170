// The shape of a framework definition (one JSON file per IID cycle). Users can load a new
// year's file with `--framework path.json`; these schemas check it before anything trusts it.
import { z } from "zod";

export const statusSchema = z.enum(["confirmed", "reported", "uncertain"]);

/** Where a fact comes from (source keys S1..S40 of the reference) and how sure we are of it. */
const sourced = { source: z.string().min(1), status: statusSchema };

const localizedSchema = z.object({ id: z.string().min(1), en: z.string().min(1) });

const enumValueSchema = z.object({
  value: z.string().min(1),
  aliases: z.array(z.string().min(1)).optional(),
  /** Affairs only: one of the six urusan wajib pelayanan dasar. */
  yandas: z.boolean().optional(),
});

const enumSchema = z.object({ values: z.array(enumValueSchema).min(1), ...sourced });

const optionSchema = z.object({ level: z.number().int().min(1).max(3), label: z.string().min(1) });

const bandSchema = z
  .object({
    level: z.number().int().min(1).max(3),
    from: z.number().optional(),
    above: z.number().optional(),
    upTo: z.number().optional(),
    below: z.number().optional(),
  })
  .refine((b) => [b.from, b.above, b.upTo, b.below].filter((x) => x !== undefined).length <= 1, {
    message: "a band has at most one bound",
  });

/** Raw value -> level. Bands are tried in order; the first that holds wins. */
export const thresholdSchema = z.object({
  direction: z.enum(["higher-is-better", "lower-is-better"]),
  unit: z.string(),
  bands: z.array(bandSchema).min(1),
});

const categoriesSchema = z.object({
  unit: z.string(),
  categories: z.array(z.object({ level: z.number().int().min(1).max(3), values: z.array(z.string().min(1)).min(1) })),
});

const evidenceRuleSchema = z.object({
  description: z.string(),
  /** Lower-case file extensions the portal accepts for this indicator. */
  fileTypes: z.array(z.string().regex(/^[a-z0-9]+$/)).min(1),
  /** Whether a link may stand in for a file: none, any https link, or a video link (YouTube/Drive). */
  links: z.enum(["none", "any", "video"]),
});

const basisSchema = z.object({
  key: z.string().regex(/^[a-z]$/),
  name: localizedSchema,
  options: z.array(optionSchema).length(3),
  evidence: evidenceRuleSchema,
  threshold: thresholdSchema.optional(),
});

/** Weights are exact multiples of 0.01 so that scores can be computed in integer hundredths. */
const weightSchema = z
  .number()
  .positive()
  .refine((w) => Math.abs(w * 100 - Math.round(w * 100)) < 1e-9, { message: "weight must be a multiple of 0.01" });

export const indicatorSchema = z.object({
  key: z.string().regex(/^\d{1,2}[a-z]?$/),
  aspect: z.enum(["spd", "sid"]),
  variable: z.string(),
  name: localizedSchema,
  weight: weightSchema,
  mandatory: z.boolean(),
  options: z.array(optionSchema),
  evidence: evidenceRuleSchema,
  notes: z.array(z.string()).optional(),
  threshold: thresholdSchema.optional(),
  categories: categoriesSchema.optional(),
  thresholdStatus: z.string().optional(),
  bases: z.array(basisSchema).optional(),
  basesSource: z.string().optional(),
  basesStatus: statusSchema.optional(),
  ...sourced,
});

const designSchema = z.object({
  minWords: z.number().int().positive(),
  parts: z.array(z.object({ key: z.string(), label: localizedSchema, patterns: z.array(z.string().min(1)).min(1) })),
  partsSource: z.string(),
  partsStatus: statusSchema,
  ...sourced,
});

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const windowSchema = z.object({
  implementationFrom: isoDate,
  implementationTo: isoDate,
  developmentFrom: isoDate,
  developmentTo: isoDate,
  ...sourced,
});

const scoringSchema = z.object({
  /** SID term = sum of innovation points / max(divisorMin, n). */
  divisorMin: z.number().int().positive(),
  countWeight: weightSchema,
  countCap: z.number().int().positive(),
  /** At least this many of the six yandas affairs, or the innovation-count score is 0. */
  yandasMin: z.number().int().min(0).max(6),
  maxTotal: z.number().positive(),
  spdMax: z.number().positive(),
  sidMaxPerInnovation: z.number().positive(),
  countMax: z.number().positive(),
  ...sourced,
});

const predikatSchema = z.object({
  bands: z
    .array(z.object({ key: z.string(), label: z.string(), min: z.number().min(0) }))
    .min(1)
    .refine((b) => b.every((x, i) => i === 0 || x.min < b[i - 1]!.min), { message: "bands go from the highest minimum down" }),
  ...sourced,
});

import { PROFILE_FIELD_KEYS } from "./keys.ts";

export { PROFILE_FIELD_KEYS, type ProfileFieldKey } from "./keys.ts";

const profileFieldSchema = z.object({
  key: z.enum(PROFILE_FIELD_KEYS),
  /** The label the portal shows (Indonesian) and an English gloss. */
  label: localizedSchema,
  kind: z.enum(["text", "longtext", "enum", "enum-list", "date"]),
  enum: z.enum(["stage", "initiator", "type", "form", "classification", "affair"]).optional(),
  /** error: the portal requires it; warning: expected but not known to be enforced; none: optional. */
  required: z.enum(["error", "warning", "none"]),
  ...sourced,
});

export const frameworkSchema = z.object({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9-]+$/),
  cycle: z.number().int(),
  title: localizedSchema,
  /** A prognosis, not a published framework: shown to users as such. */
  provisional: z.boolean(),
  basis: z.object({ text: z.string(), ...sourced }),
  enums: z.object({
    stage: enumSchema,
    initiator: enumSchema,
    type: enumSchema,
    form: enumSchema,
    classification: enumSchema,
    affair: enumSchema,
  }),
  profile: z.object({
    fields: z
      .array(profileFieldSchema)
      .refine((f) => PROFILE_FIELD_KEYS.every((k) => f.some((x) => x.key === k)), { message: "every profile field key is described" }),
  }),
  design: designSchema,
  window: windowSchema,
  scoredStage: z.string(),
  scoredStageSource: z.string(),
  scoredStageStatus: statusSchema,
  indicators: z.array(indicatorSchema).min(1),
  scoring: scoringSchema,
  predikat: predikatSchema,
  evidenceLimits: z.object({ maxBytes: z.record(z.string(), z.number().int().positive()), ...sourced }),
  videoLinks: z.object({ hosts: z.array(z.string()), fileTypes: z.array(z.string()), ...sourced }),
});

/** A framework file may extend another and replace whole top-level sections. */
export const frameworkOverlaySchema = frameworkSchema.partial().extend({
  id: z.string().regex(/^[a-z0-9-]+$/),
  extends: z.string(),
});

export type FrameworkDefinition = z.infer<typeof frameworkSchema>;
export type FrameworkOverlay = z.infer<typeof frameworkOverlaySchema>;
export type IndicatorDefinition = z.infer<typeof indicatorSchema>;
export type Threshold = z.infer<typeof thresholdSchema>;
export type Status = z.infer<typeof statusSchema>;
export type ProfileField = z.infer<typeof profileFieldSchema>;
export type Localized = z.infer<typeof localizedSchema>;
