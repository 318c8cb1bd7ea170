// The public JSON contract of a region's submission. Key names are frozen; values are
// deliberately lenient (text or numbers, as people type them) because the normaliser
// turns them into findings instead of rejecting the document.
import { z } from "zod";

const scalar = z.union([z.string(), z.number(), z.null()]);

export const evidenceItemSchema = z.union([
  z.string(),
  z.object({
    name: z.string(),
    /** Size in bytes (the browser's File.size); never the file's contents. */
    size: z.number().nonnegative().optional(),
    /** MIME type as the browser reports it. */
    type: z.string().optional(),
    url: z.string().optional(),
  }),
]);

export const indicatorAnswerSchema = z.object({
  /** The chosen parameter: 1, 2 or 3 (or the option's text). */
  level: scalar.optional(),
  /** A raw value (a count, a percentage, a BPK opinion) from which the level can be derived. */
  value: scalar.optional(),
  /** Indicator 33 only: the Kemanfaatan basis, a-f. */
  basis: scalar.optional(),
  /** Evidence documents (bukti dukung): file names, links, or file descriptions from a form. */
  evidence: z.union([z.array(evidenceItemSchema), z.string(), z.null()]).optional(),
});

const indicatorsSchema = z.record(z.string(), indicatorAnswerSchema);

export const innovationInputSchema = z.object({
  name: scalar.optional(),
  agency: scalar.optional(),
  stage: scalar.optional(),
  initiator: scalar.optional(),
  initiatorName: scalar.optional(),
  classification: scalar.optional(),
  type: scalar.optional(),
  form: scalar.optional(),
  mainAffair: scalar.optional(),
  otherAffairs: z.union([z.array(z.string()), z.string(), z.null()]).optional(),
  /** Dates: ISO yyyy-mm-dd, an Excel serial number, dd/mm/yyyy, dd-mm-yyyy or "15 Maret 2024". */
  trialDate: scalar.optional(),
  implementationDate: scalar.optional(),
  developmentDate: scalar.optional(),
  design: scalar.optional(),
  goal: scalar.optional(),
  benefit: scalar.optional(),
  result: scalar.optional(),
  indicators: indicatorsSchema.optional(),
});

export const regionInputSchema = z.object({
  name: scalar.optional(),
  indicators: indicatorsSchema.optional(),
});

export const submissionInputSchema = z.object({
  /** Framework id, e.g. "iid-2026" (the default). */
  framework: z.string().optional(),
  region: regionInputSchema.optional(),
  innovations: z.array(innovationInputSchema).optional(),
});

export type SubmissionInput = z.infer<typeof submissionInputSchema>;
export type InnovationInput = z.infer<typeof innovationInputSchema>;
export type IndicatorAnswerInput = z.infer<typeof indicatorAnswerSchema>;
export type EvidenceItemInput = z.infer<typeof evidenceItemSchema>;
