// One rule per file (the id is the file name, checked by a convention test). A rule declares
// the codes it reports with their severities, where it comes from, and a check that yields hits.
import type { Framework } from "../framework/compile.ts";
import type { Status } from "../framework/schema.ts";
import type { FindingParams, Severity, SubmissionPath } from "../findings.ts";
import type { Innovation, Submission } from "../submission/model.ts";
import type { InnovationScore } from "../scoring/innovation.ts";
import type { RegionTotals, ScoreSummary } from "../scoring/region.ts";
import type { AnswerSites } from "./answers.ts";

export type RuleContext = {
  framework: Framework;
  /** yyyy-mm-dd; passed in so checks are repeatable. */
  today: string;
  submission: Submission;
  scores: readonly InnovationScore[];
  totals: RegionTotals;
  summary: ScoreSummary;
  /** Profile fields whose whole column is missing (the host reported it once). */
  absentFields: ReadonlySet<string>;
  /** Every indicator answer of the check as columns, shared by the scorer and the indicator rules. */
  answerSites: AnswerSites;
};

export type RuleHit<Code extends string> = { code: Code; path: SubmissionPath; params?: FindingParams; related?: SubmissionPath };

type Common<Codes extends Record<string, Severity>> = {
  codes: Codes;
  /** Reference source keys (iid-framework.md) or "logic" for plain consistency checks. */
  source: string;
  status: Status | "logic";
};

/**
 * What an innovation rule returns when it has nothing to report. Innovation rules run once per
 * innovation (8 x 36,000+ calls in a national check), so they return arrays rather than being
 * generators, and share this empty one.
 */
export const NO_HITS: readonly never[] = Object.freeze([]);

export type InnovationRule<Codes extends Record<string, Severity> = Record<string, Severity>> = Common<Codes> & {
  scope: "innovation";
  check(innovation: Innovation, ctx: RuleContext, score: InnovationScore): readonly RuleHit<Extract<keyof Codes, string>>[];
};

export type SubmissionRule<Codes extends Record<string, Severity> = Record<string, Severity>> = Common<Codes> & {
  scope: "submission";
  check(ctx: RuleContext): Iterable<RuleHit<Extract<keyof Codes, string>>>;
};

export type Rule = InnovationRule | SubmissionRule;

export const defineInnovationRule = <const Codes extends Record<string, Severity>>(rule: Omit<InnovationRule<Codes>, "scope">): InnovationRule =>
  ({ ...rule, scope: "innovation" }) as unknown as InnovationRule;

export const defineSubmissionRule = <const Codes extends Record<string, Severity>>(rule: Omit<SubmissionRule<Codes>, "scope">): SubmissionRule =>
  ({ ...rule, scope: "submission" }) as unknown as SubmissionRule;
