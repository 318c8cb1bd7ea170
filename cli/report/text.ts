// --format text (the default): a summary per file, its findings with locations, then the ranked
// advice. Colour only on a terminal and only when NO_COLOR is unset.
import { formatGain, uiStrings, type Lang, type Severity } from "../../core/index.ts";
import type { Stream } from "../commands/common.ts";
import { failedMessage, isFailed, locationText, totalsOf, type CheckedFile, type FileOutcome } from "../outcome.ts";
import { cliStrings, fixed2 } from "../strings.ts";

export const useColour = (stream: Stream, env: Record<string, string | undefined>): boolean => stream.isTTY === true && env.NO_COLOR === undefined;

type Paint = (code: string, text: string) => string;

/** Findings shown per severity and file; the counts stay exact and JSON/CSV have them all. */
export const TEXT_FINDINGS_CAP = 100;

export function renderText(outcomes: readonly FileOutcome[], options: { lang: Lang; colour: boolean }): string {
  const { lang } = options;
  const paint: Paint = options.colour ? (code, text) => `\x1b[${code}m${text}\x1b[0m` : (_code, text) => text;
  const out: string[] = [];
  for (const o of outcomes) {
    if (isFailed(o)) out.push(`${paint("1", o.file)}\n  ${paint("31;1", "✖")} ${failedMessage(o, lang)}\n`);
    else out.push(fileSection(o, lang, paint));
  }
  if (outcomes.length > 1) out.push(batchSummary(outcomes, lang, paint));
  return out.join("\n");
}

const SEVERITY_COLOUR: Record<Severity, string> = { error: "31", warning: "33", info: "36" };

function fileSection(o: CheckedFile, lang: Lang, paint: Paint): string {
  const ui = uiStrings(lang);
  const s = cliStrings(lang);
  const r = o.report;
  const { scoring } = o.framework;
  const lines: string[] = [paint("1", `${o.file}${r.region ? ` · ${r.region}` : ""}`)];
  const rows: [string, string][] = [
    [ui.iid, paint("1", fixed2(r.iid, lang))],
    [ui.predikat, `${r.category}${r.next ? ` · ${s.nextBand(r.next.label, fixed2(r.next.min, lang), fixed2(r.next.gap, lang))}` : ""}`],
    [ui.assessed, `${r.score.assessed} / ${r.score.reported}`],
    [`${s.errors} / ${s.warnings} / ${s.infos}`, `${paint(SEVERITY_COLOUR.error, String(r.counts.error))} / ${paint(SEVERITY_COLOUR.warning, String(r.counts.warning))} / ${r.counts.info}`],
    [ui.region, `${fixed2(r.score.region, lang)} / ${scoring.spdMax}`],
    [ui.innovations, `${fixed2(r.score.innovations, lang)} / ${scoring.sidMaxPerInnovation}`],
    [ui.innovationCount, `${fixed2(r.score.innovationCount, lang)} / ${scoring.countMax}`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) lines.push(`  ${label.padEnd(width)}  ${value}`);
  if (r.framework.provisional) lines.push(`  ${paint("33", ui.provisional)}`);

  lines.push("", paint("1", `${ui.findings} (${r.findings.length})`));
  if (r.findings.length === 0) lines.push(`  ${ui.noFindings}`);
  const shown = { error: 0, warning: 0, info: 0 };
  const hidden = { error: 0, warning: 0, info: 0 };
  const visible = r.findings.filter((f) => (shown[f.severity]++ < TEXT_FINDINGS_CAP ? true : (hidden[f.severity]++, false)));
  const labelWidth = Math.max(...(["error", "warning", "info"] as const).map((k) => ui.severity[k].length));
  const locationWidth = Math.min(36, Math.max(0, ...visible.map((f) => locationText(f).length)));
  for (const f of visible) {
    const label = paint(SEVERITY_COLOUR[f.severity], ui.severity[f.severity].toUpperCase().padEnd(labelWidth));
    lines.push(`  ${label}  ${locationText(f).padEnd(locationWidth)}  ${f.message}`);
    if (f.fix && f.severity !== "info") lines.push(`  ${" ".repeat(labelWidth + locationWidth + 2)}  ${paint("2", `→ ${f.fix}`)}`);
  }
  for (const severity of ["error", "warning", "info"] as const)
    if (hidden[severity] > 0)
      lines.push(`  ${s.moreFindings(hidden[severity], severity)}`);

  lines.push("", paint("1", ui.advice));
  if (r.advice.length === 0) lines.push(`  ${s.noAdvice}`);
  const gains = r.advice.map((a) => formatGain(a.gain, lang));
  const gainWidth = Math.max(0, ...gains.map((g) => g.length));
  const numberWidth = String(r.advice.length).length;
  r.advice.forEach((a, i) => lines.push(`  ${String(i + 1).padStart(numberWidth)}. ${paint("32", gains[i]!.padStart(gainWidth))}  ${a.message}`));
  if (r.next) {
    lines.push("", paint("1", ui.closing));
    lines.push(`  ${r.closing ? s.closingReaches(r.closing.actions.map((i) => i + 1), fixed2(r.closing.iid, lang)) : s.closingNone}`);
  }
  return `${lines.join("\n")}\n`;
}

function batchSummary(outcomes: readonly FileOutcome[], lang: Lang, paint: Paint): string {
  const ui = uiStrings(lang);
  const s = cliStrings(lang);
  const header = [s.file, ui.iid, ui.predikat, ui.assessed, s.errors, s.warnings];
  const rows = outcomes.map((o) =>
    isFailed(o)
      ? [o.file, "-", s.unreadable, "-", "-", "-"]
      : [o.file, fixed2(o.report.iid, lang), o.report.category, `${o.report.score.assessed}/${o.report.score.reported}`, String(o.report.counts.error), String(o.report.counts.warning)],
  );
  const totals = totalsOf(outcomes);
  rows.push([`${s.total} (${totals.files})`, "", totals.unreadable ? `${s.unreadable}: ${totals.unreadable}` : "", "", String(totals.error), String(totals.warning)]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c]!.length)));
  const line = (cells: string[]) => `  ${cells.map((cell, c) => (c === 0 || c === 2 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ")}`.trimEnd();
  return `${paint("1", s.overview)}\n${line(header)}\n${rows.map(line).join("\n")}\n`;
}
