// The one entry point every host calls: input in, findings + scores (+ advice) out.
import { advise, type AdvicePlan } from "./advice/advise.ts";
import type { Framework } from "./framework/compile.ts";
import { getFramework, DEFAULT_FRAMEWORK_ID, builtInFrameworkIds } from "./framework/registry.ts";
import { sortFindings, type Finding } from "./findings.ts";
import type { RuleContext } from "./rules/define.ts";
import { buildAnswerSites, innovationSitesStart } from "./rules/answers.ts";
import { rules } from "./rules/index.ts";
import { scoreInnovation, type InnovationScore } from "./scoring/innovation.ts";
import { regionTotals, summarise, type RegionTotals, type ScoreSummary } from "./scoring/region.ts";
import type { Submission } from "./submission/model.ts";
import { normaliseSubmission } from "./submission/normalise.ts";

export type CheckOptions = {
  /** A compiled framework, or a built-in id. Default: the document's own "framework", else iid-2026. */
  framework?: Framework | string;
  /** yyyy-mm-dd; default: the current date (UTC). */
  today?: string;
  /** Compute ranked advice (re-scoring); default true. */
  advice?: boolean;
  /** Profile fields a host knows are absent as a whole (a missing column), reported once by the host. */
  absentFields?: readonly string[];
};

export type CheckResult = {
  framework: Framework;
  submission: Submission;
  findings: Finding[];
  scores: InnovationScore[];
  totals: RegionTotals;
  summary: ScoreSummary;
  advice?: AdvicePlan;
};

export const CHECK_CODES = { "framework-unknown": "warning" } as const;

export const todayIso = (): string => new Date().toISOString().slice(0, 10);

export function checkSubmission(input: unknown, options: CheckOptions = {}): CheckResult {
  const today = options.today ?? todayIso();
  const result = runCheck(input, options, today);
  if (options.advice !== false) {
    const { submission, framework, scores, totals, summary } = result;
    result.advice = advise({ submission, framework, today, scores, totals, summary });
  }
  return result;
}

/** Everything but the advice: checkInnovation calls only this, so a host that never asks for advice never bundles it. */
function runCheck(input: unknown, options: CheckOptions, today: string): CheckResult {
  const findings: Finding[] = [];
  let framework: Framework;
  if (typeof options.framework === "object") framework = options.framework;
  else {
    const declared = input !== null && typeof input === "object" ? (input as { framework?: unknown }).framework : undefined;
    const id = options.framework ?? (typeof declared === "string" ? declared : DEFAULT_FRAMEWORK_ID);
    if (builtInFrameworkIds().includes(id)) framework = getFramework(id);
    else {
      findings.push({ code: "framework-unknown", severity: "warning", path: ["framework"], params: { given: id, used: DEFAULT_FRAMEWORK_ID } });
      framework = getFramework(DEFAULT_FRAMEWORK_ID);
    }
  }
  const normalised = normaliseSubmission(input, framework);
  // one at a time: spreading a sheet's worth of findings (150,000+) into push() overflows the stack
  for (const finding of normalised.findings) findings.push(finding);
  const { submission } = normalised;
  // The answer columns the indicator rules walk, built first so that scoring reads answers from them too.
  const sites = buildAnswerSites(submission, framework);
  const scores = submission.innovations.map((innovation, position) =>
    scoreInnovation(innovation, framework, today, sites.answers, innovationSitesStart(sites, position, framework)),
  );
  const totals = regionTotals(submission.region, submission.innovations, scores, framework);
  const summary = summarise(totals, framework);
  const ctx: RuleContext = { framework, today, submission, scores, totals, summary, absentFields: new Set(options.absentFields ?? []), answerSites: sites };
  // A document that is not a submission at all gets that one finding, not a list of consequences.
  const notADocument = normalised.findings.some((f) => f.code === "document-invalid");
  for (const rule of notADocument ? [] : Object.values(rules)) {
    const severities = rule.codes;
    const push = (hit: { code: string; path: Finding["path"]; params?: Finding["params"]; related?: Finding["related"] }) =>
      findings.push({ code: hit.code, severity: severities[hit.code]!, path: hit.path, params: hit.params ?? {}, ...(hit.related ? { related: hit.related } : {}) });
    if (rule.scope === "innovation") {
      // scores are by position; innovation.index is the document position, used only in paths.
      const { innovations } = submission;
      for (let position = 0; position < innovations.length; position++) {
        const hits = rule.check(innovations[position]!, ctx, scores[position]!);
        // Nearly always the empty NO_HITS: walked by index, without an iterator per call.
        for (let i = 0; i < hits.length; i++) push(hits[i]!);
      }
    } else for (const hit of rule.check(ctx)) push(hit);
  }
  return { framework, submission, findings: sortFindings(findings), scores, totals, summary };
}

/** One innovation on its own (a web form): its findings, its points out of the maximum, and what blocks it. */
export function checkInnovation(input: unknown, options: Omit<CheckOptions, "advice"> = {}) {
  const result = runCheck({ innovations: [input] }, options, options.today ?? todayIso());
  const score = result.scores[0]!;
  return {
    framework: result.framework,
    innovation: result.submission.innovations[0],
    findings: result.findings.filter((f) => f.path[0] === "innovations" && f.path[1] === 0),
    score,
    points: score.pointsH / 100,
    claimed: score.claimedH / 100,
    maxPoints: result.framework.scoring.sidMaxPerInnovation,
  };
}
