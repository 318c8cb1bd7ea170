// The machine-readable report (the CLI's --format json and the add-in's data): the numbers a
// reviewer compares with the portal, plus findings and advice with their rendered messages.
import type { CheckResult } from "./check.ts";
import { countBySeverity, type Finding } from "./findings.ts";
import { fromHundredths } from "./scoring/exact.ts";
import type { IndicatorScore } from "./scoring/innovation.ts";
import { renderMessage } from "./messages/render.ts";
import type { Lang } from "./messages/types.ts";

type IndicatorReport = { level: NonNullable<IndicatorScore["level"]> | null; evidence: boolean; points: number };

/** What Object.fromEntries of [key, entry] pairs gives, without a pair array per indicator (10,000 in a 500-row check). */
function indicatorReport(scores: readonly IndicatorScore[]): Record<string, IndicatorReport> {
  const out: Record<string, IndicatorReport> = {};
  for (const s of scores) out[s.key] = { level: s.level ?? null, evidence: s.hasEvidence, points: fromHundredths(s.pointsH) };
  return out;
}

export type ReportFinding = Finding & { message: string; why?: string; fix?: string };

export type Report = ReturnType<typeof toReport>;

export function toReport(result: CheckResult, options: { lang?: Lang; locate?: (f: Finding) => Finding["location"] } = {}) {
  const lang = options.lang ?? "id";
  const { framework, summary, submission, scores } = result;
  const findings: ReportFinding[] = result.findings.map((f) => {
    const location = f.location ?? options.locate?.(f);
    // Where the host can place the value referred to, the message names its cell as well ("innovation 4 (Inovasi!B9)").
    const relatedCell = f.related && options.locate?.({ ...f, path: f.related })?.cell;
    const params = relatedCell ? { ...f.params, relatedCell } : f.params;
    return { ...f, params, ...(location ? { location } : {}), ...renderMessage(f.code, params, lang, framework) };
  });
  return {
    framework: { id: framework.id, title: framework.title[lang], provisional: framework.provisional },
    region: submission.region?.name ?? null,
    iid: summary.iid,
    category: summary.predikat.label,
    next: summary.next ?? null,
    score: {
      region: summary.region,
      innovations: summary.innovations,
      innovationCount: summary.innovationCount,
      total: summary.total,
      assessed: summary.assessed,
      reported: submission.innovations.length,
      divisor: summary.divisor,
      yandasCovered: summary.yandasCovered,
      yandasMissing: summary.yandasMissing,
    },
    counts: countBySeverity(result.findings),
    innovations: submission.innovations.map((innovation, i) => ({
      index: innovation.index,
      name: innovation.name ?? null,
      agency: innovation.agency ?? null,
      stage: innovation.stage ?? null,
      mainAffair: innovation.mainAffair ?? null,
      designWords: innovation.designWords,
      score: fromHundredths(scores[i]!.pointsH),
      claimedScore: fromHundredths(scores[i]!.claimedH),
      assessed: scores[i]!.assessed,
      blockers: scores[i]!.blockers,
      indicators: indicatorReport(scores[i]!.indicators),
    })),
    findings,
    advice: (result.advice?.items ?? []).map((a) => ({ ...a, message: renderMessage(a.code, a.params, lang, framework).message })),
    closing: result.advice?.closing ?? null,
  };
}
