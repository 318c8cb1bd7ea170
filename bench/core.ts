// Core benchmark: validate and score the national-scale dataset, against a baseline that only
// zod-parses the same documents, in the same run.
import { checkSubmission, submissionInputSchema } from "../core/index.ts";
import { syntheticRegion } from "./synthetic.ts";

const REGIONS = 540;
const PER_REGION = 68;

function time(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function benchCore(): Promise<Record<string, number>> {
  const documents = Array.from({ length: REGIONS }, (_, i) => syntheticRegion(i, PER_REGION));
  const innovations = REGIONS * PER_REGION;
  const today = "2026-11-22";
  // Warm up both paths so the JIT has compiled them before measuring.
  for (let i = 0; i < 20; i++) {
    submissionInputSchema.parse(documents[i]);
    checkSubmission(documents[i], { today, advice: false });
  }
  const best = (fn: () => void, runs = 3) => Math.min(...Array.from({ length: runs }, () => time(fn)));
  const parseMs = best(() => {
    for (const d of documents) submissionInputSchema.parse(d);
  });
  let rssPeak = process.memoryUsage().rss;
  const checkMs = best(() => {
    for (const d of documents) {
      checkSubmission(d, { today, advice: false });
    }
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  });
  const adviceMs = time(() => {
    for (const d of documents) checkSubmission(d, { today });
  });
  rssPeak = Math.max(rssPeak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  return {
    core_regions: REGIONS,
    core_innovations: innovations,
    core_parse_only_ms: round(parseMs),
    core_check_ms: round(checkMs),
    core_check_vs_parse_ratio: round(checkMs / parseMs),
    core_innovations_per_s: Math.round(innovations / (checkMs / 1000)),
    core_check_with_advice_ms: round(adviceMs),
    core_peak_rss_mb: round(rssPeak / 1048576),
  };
}

const round = (x: number) => Math.round(x * 100) / 100;

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await benchCore());
}
