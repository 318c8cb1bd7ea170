// --format json: the stable machine contract (docs/cli.md). One file: its report object; several:
// { files: [...], totals }. A file that cannot be read appears as { file, error }.
import { isFailed, totalsOf, type FileOutcome } from "../outcome.ts";

export function jsonEntry(o: FileOutcome): unknown {
  if (isFailed(o)) return { file: o.file, error: { code: o.error.code, message: o.error.messages, ...(o.error.detail ? { detail: o.error.detail } : {}) } };
  return o.report;
}

export function renderJson(outcomes: readonly FileOutcome[]): string {
  const value = outcomes.length === 1 ? jsonEntry(outcomes[0]!) : { files: outcomes.map(jsonEntry), totals: totalsOf(outcomes) };
  return `${JSON.stringify(value, null, 2)}\n`;
}
