// --format html: ONE self-contained file a reviewer can open offline or mail on. No scripts, no
// external requests (inline CSS and SVG; a Content-Security-Policy that forbids loading anything),
// and every piece of text from an input goes through escapeHtml, via the html`` template below.
import { formatGain, renderBlockers, uiStrings, type Lang, type Severity } from "../../core/index.ts";
import { failedMessage, isFailed, locationText, totalsOf, type CheckedFile, type FileOutcome } from "../outcome.ts";
import type { MatrixCell } from "./matrix.ts";
import { cliStrings, fixed2 } from "../strings.ts";

/** The one escaping function: text -> HTML text or attribute value (quoted with "). */
export function escapeHtml(value: unknown): string {
  return String(value ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Markup that is already safe. Only html`` creates it, so raw strings can never slip through. */
class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = SafeHtml | string | number | boolean | null | undefined | readonly Part[];

const insert = (part: Part): string => {
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return part.map(insert).join("");
  if (part === null || part === undefined || part === false) return "";
  return escapeHtml(part);
};

/** Tagged template: every interpolated value is escaped unless it is itself html``. */
export function html(strings: TemplateStringsArray, ...parts: Part[]): SafeHtml {
  let out = strings[0]!;
  parts.forEach((part, i) => (out += insert(part) + strings[i + 1]!));
  return new SafeHtml(out);
}

const CSS = `
:root{--err:#b3261e;--warn:#8a6100;--info:#1f5f99;--ok:#1e7b34;--line:#d9dde3;--muted:#5f6670}
*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2329;margin:0 auto;max-width:1200px;padding:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:32px 0 8px;border-bottom:2px solid var(--line);padding-bottom:4px}h3{font-size:15px;margin:20px 0 6px}
.muted{color:var(--muted)}.cards{display:flex;flex-wrap:wrap;gap:12px;margin:8px 0}.card{border:1px solid var(--line);border-radius:8px;padding:8px 12px;min-width:140px}
.card b{display:block;font-size:20px}.big b{font-size:28px}table{border-collapse:collapse;width:100%;margin:6px 0}th,td{border:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f3f5f8}td.num,th.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}.error{color:var(--err)}.warning{color:var(--warn)}.info{color:var(--info)}.yes{color:var(--ok)}
.matrix{width:auto}.matrix td,.matrix th{text-align:center;min-width:26px;padding:2px 4px}.matrix td.name,.matrix th.name{text-align:left;max-width:260px;overflow-wrap:anywhere}
.matrix th.mandatory{background:#fce4d6}.m-evidence{background:#c6efce}.m-no-evidence{background:#ffeb9c}.m-empty{background:#fff}
.legend span{display:inline-block;margin-right:14px}.legend i{display:inline-block;width:14px;height:14px;border:1px solid var(--line);vertical-align:middle;margin-right:4px}
.fix{color:var(--muted);font-size:13px}ol.advice li{margin:3px 0}.gain{font-weight:600;color:var(--ok);font-variant-numeric:tabular-nums}.failed{color:var(--err);font-weight:600}
svg text{font:12px system-ui,sans-serif}@media print{body{padding:0}h2{break-before:page}}
`;

const SEVERITY_CLASS: Record<Severity, string> = { error: "error", warning: "warning", info: "info" };
const MATRIX_SYMBOL: Record<MatrixCell, string> = { evidence: "✓", "no-evidence": "!", empty: "·" };

/**
 * Rows shown per table. A 50,000-row workbook would otherwise make a page no browser opens;
 * the counts stay exact and --format json / csv list everything.
 */
export const HTML_ROW_CAP = 2000;

function moreNote(total: number, lang: Lang): SafeHtml | string {
  if (total <= HTML_ROW_CAP) return "";
  const more = total - HTML_ROW_CAP;
  return html`<p class="muted">${lang === "id" ? `… dan ${more} baris lagi (lihat --format json atau csv).` : `… and ${more} more rows (see --format json or csv).`}</p>`;
}

export function renderHtml(outcomes: readonly FileOutcome[], options: { lang: Lang; today: string }): string {
  const { lang } = options;
  const s = cliStrings(lang);
  const first = outcomes.find((o): o is CheckedFile => !isFailed(o));
  const framework = first ? first.report.framework.title : "";
  const sections = outcomes.map((o, i) => (isFailed(o) ? html`<section id="file-${i + 1}"><h2>${o.file}</h2><p class="failed">${failedMessage(o, lang)}</p></section>` : fileSection(o, i + 1, lang)));
  const page = html`<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${s.reportTitle}</title>
<style>${new SafeHtml(CSS)}</style>
</head>
<body>
<header><h1>${s.reportTitle}</h1><p class="muted">${s.generated(options.today, framework)}</p></header>
${outcomes.length > 1 ? overview(outcomes, lang) : ""}
${sections}
</body>
</html>
`;
  return page.value;
}

function overview(outcomes: readonly FileOutcome[], lang: Lang): SafeHtml {
  const s = cliStrings(lang);
  const ui = uiStrings(lang);
  const totals = totalsOf(outcomes);
  const rows = outcomes.map((o, i) =>
    isFailed(o)
      ? html`<tr><td><a href="#file-${i + 1}">${o.file}</a></td><td colspan="5" class="failed">${s.unreadable}</td></tr>`
      : html`<tr><td><a href="#file-${i + 1}">${o.file}</a></td><td class="num">${fixed2(o.report.iid, lang)}</td><td>${o.report.category}</td><td class="num">${o.report.score.assessed} / ${o.report.score.reported}</td><td class="num error">${o.report.counts.error}</td><td class="num warning">${o.report.counts.warning}</td></tr>`,
  );
  return html`<h2>${s.overview}</h2>
<table><thead><tr><th>${s.file}</th><th class="num">${ui.iid}</th><th>${ui.predikat}</th><th class="num">${ui.assessed}</th><th class="num">${s.errors}</th><th class="num">${s.warnings}</th></tr></thead>
<tbody>${rows}<tr><th>${s.total} (${totals.files})</th><th></th><th>${totals.unreadable ? `${s.unreadable}: ${totals.unreadable}` : ""}</th><th></th><th class="num">${totals.error}</th><th class="num">${totals.warning}</th></tr></tbody></table>`;
}

function fileSection(o: CheckedFile, n: number, lang: Lang): SafeHtml {
  const ui = uiStrings(lang);
  const s = cliStrings(lang);
  const r = o.report;
  return html`<section id="file-${n}">
<h2>${o.file}${r.region ? ` · ${r.region}` : ""}</h2>
${r.framework.provisional ? html`<p class="warning">${ui.provisional}</p>` : ""}
<div class="cards">
<div class="card big">${ui.iid}<b>${fixed2(r.iid, lang)}</b></div>
<div class="card">${ui.predikat}<b>${r.category}</b>${r.next ? html`<span class="muted">${s.nextBand(r.next.label, fixed2(r.next.min, lang), fixed2(r.next.gap, lang))}</span>` : html`<span class="muted">${s.topBand}</span>`}</div>
<div class="card">${ui.assessed}<b>${r.score.assessed} / ${r.score.reported}</b></div>
<div class="card">${s.errors} / ${s.warnings}<b><span class="error">${r.counts.error}</span> / <span class="warning">${r.counts.warning}</span></b></div>
</div>
${scoreSvg(o, lang)}
<h3>${ui.advice}</h3>
${adviceList(o, lang)}
<h3>${s.innovationsHeading}</h3>
${innovationTable(o, lang)}
<h3>${s.matrix}</h3>
${matrixTable(o, lang)}
<h3>${ui.findings} (${r.findings.length})</h3>
${findingGroups(o, lang)}
</section>`;
}

/** Three bars (SPD, innovations, count) against their maxima, then the predikat bands with the IID marked. */
function scoreSvg(o: CheckedFile, lang: Lang): SafeHtml {
  const ui = uiStrings(lang);
  const s = cliStrings(lang);
  const { scoring, predikat } = o.framework;
  const r = o.report;
  const components = [
    { label: ui.region, value: r.score.region, max: scoring.spdMax },
    { label: ui.innovations, value: r.score.innovations, max: scoring.sidMaxPerInnovation },
    { label: ui.innovationCount, value: r.score.innovationCount, max: scoring.countMax },
  ];
  const barX = 190;
  const barW = 300;
  const bars = components.map((c, i) => {
    const y = 24 + i * 26;
    const w = c.max > 0 ? Math.max(0, Math.min(1, c.value / c.max)) * barW : 0;
    return html`<text x="0" y="${y + 13}">${c.label}</text><rect x="${barX}" y="${y}" width="${barW}" height="16" fill="#eef1f5" stroke="#d9dde3"/><rect x="${barX}" y="${y}" width="${w.toFixed(1)}" height="16" fill="#3a78c2"/><text x="${barX + barW + 8}" y="${y + 13}">${fixed2(c.value, lang)} / ${c.max}</text>`;
  });
  // Bands from the framework, lowest first; each runs from its minimum to the next band's.
  const bands = [...predikat.bands].sort((a, b) => a.min - b.min);
  const scaleY = 128;
  const scaleX = (v: number) => barX + (Math.max(0, Math.min(100, v)) / 100) * barW;
  const colours = ["#f4cccc", "#fde9c7", "#d9ead3", "#b6d7a8", "#93c47d"];
  const bandRects = bands.map((band, i) => {
    const from = scaleX(band.min);
    const to = scaleX(bands[i + 1]?.min ?? 100);
    const width = Math.max(0, to - from);
    return html`<rect x="${from.toFixed(1)}" y="${scaleY}" width="${width.toFixed(1)}" height="18" fill="${colours[i % colours.length]}" stroke="#ffffff"><title>${band.label} ≥ ${fixed2(band.min, lang)}</title></rect>${width > 40 ? html`<text x="${(from + 4).toFixed(1)}" y="${scaleY + 32}">${band.label}</text>` : ""}`;
  });
  const mark = scaleX(r.iid);
  return html`<svg role="img" aria-label="${s.components}" width="620" height="${scaleY + 44}" viewBox="0 0 620 ${scaleY + 44}">
<text x="0" y="12" font-weight="600">${s.components}</text>
${bars}
<text x="0" y="${scaleY - 8}" font-weight="600">${s.bands}</text>
<text x="0" y="${scaleY + 13}">IID 0-100</text>
${bandRects}
<line x1="${mark.toFixed(1)}" x2="${mark.toFixed(1)}" y1="${scaleY - 4}" y2="${scaleY + 22}" stroke="#1d2329" stroke-width="2"/>
<text x="${Math.min(mark + 4, 560).toFixed(1)}" y="${scaleY - 6}" font-weight="600">IID ${fixed2(r.iid, lang)}</text>
</svg>`;
}

function adviceList(o: CheckedFile, lang: Lang): SafeHtml {
  const s = cliStrings(lang);
  const ui = uiStrings(lang);
  const r = o.report;
  if (r.advice.length === 0) return html`<p>${s.noAdvice}</p>`;
  const closing = r.next
    ? html`<p><b>${ui.closing}:</b> ${r.closing ? s.closingReaches(r.closing.actions.map((i) => i + 1), fixed2(r.closing.iid, lang)) : s.closingNone}</p>`
    : "";
  return html`<ol class="advice">${r.advice.map((a) => html`<li><span class="gain">${formatGain(a.gain, lang)}</span> ${a.message}</li>`)}</ol>${closing}`;
}

function innovationTable(o: CheckedFile, lang: Lang): SafeHtml {
  const ui = uiStrings(lang);
  const s = cliStrings(lang);
  const max = o.framework.scoring.sidMaxPerInnovation;
  const rows = o.report.innovations.slice(0, HTML_ROW_CAP).map(
    (inn) => html`<tr><td class="num">${inn.index + 1}</td><td>${inn.name ?? ""}</td><td>${inn.agency ?? ""}</td><td>${inn.mainAffair ?? ""}</td><td class="num">${inn.designWords}</td><td class="num">${fixed2(inn.score, lang)} / ${max}</td><td class="num">${fixed2(inn.claimedScore, lang)}</td><td>${inn.assessed ? html`<span class="yes">${ui.assessedYes}</span>` : html`<span class="error">${ui.assessedNo}</span>${inn.blockers.length ? html`<div class="fix">${renderBlockers(inn.blockers, lang, o.framework).join("; ")}</div>` : ""}`}</td></tr>`,
  );
  return html`<table><thead><tr><th class="num">${s.number}</th><th>${ui.innovation}</th><th>${s.agency}</th><th>${lang === "id" ? "Urusan utama" : "Main affair"}</th><th class="num">${s.words}</th><th class="num">${ui.score}</th><th class="num">${ui.claimed}</th><th>${ui.status}</th></tr></thead><tbody>${rows}</tbody></table>${moreNote(o.report.innovations.length, lang)}`;
}

function matrixTable(o: CheckedFile, lang: Lang): SafeHtml {
  const s = cliStrings(lang);
  const ui = uiStrings(lang);
  const { columns, rows } = o.matrix;
  const legend = html`<p class="legend"><span><i class="m-evidence"></i>${MATRIX_SYMBOL.evidence} ${s.matrixLegend.evidence}</span><span><i class="m-no-evidence"></i>${MATRIX_SYMBOL["no-evidence"]} ${s.matrixLegend["no-evidence"]}</span><span><i class="m-empty"></i>${MATRIX_SYMBOL.empty} ${s.matrixLegend.empty}</span><span>${s.matrixLegend.mandatory}</span></p>`;
  const head = columns.map((c) => html`<th class="${c.mandatory ? "mandatory" : ""}" title="${c.name[lang]}">${c.key}${c.mandatory ? "*" : ""}</th>`);
  const body = rows.slice(0, HTML_ROW_CAP).map(
    (row) => html`<tr><td class="name">${row.index + 1}. ${row.name}</td>${row.cells.map((cell, i) => html`<td class="m-${cell}" title="${columns[i]!.key}: ${s.matrixCell[cell]}">${MATRIX_SYMBOL[cell]}</td>`)}</tr>`,
  );
  return html`${legend}<table class="matrix"><thead><tr><th class="name">${ui.innovation}</th>${head}</tr></thead><tbody>${body}</tbody></table>${moreNote(rows.length, lang)}`;
}

function findingGroups(o: CheckedFile, lang: Lang): SafeHtml {
  const ui = uiStrings(lang);
  const s = cliStrings(lang);
  const r = o.report;
  if (r.findings.length === 0) return html`<p>${ui.noFindings}</p>`;
  return html`${(["error", "warning", "info"] as const).map((severity) => {
    const group = r.findings.filter((f) => f.severity === severity);
    if (group.length === 0) return "";
    return html`<h3 class="${SEVERITY_CLASS[severity]}">${ui.severity[severity]} (${group.length})</h3>
<table><thead><tr><th>${s.location}</th><th>${s.message}</th><th>${s.code}</th></tr></thead><tbody>${group.slice(0, HTML_ROW_CAP).map(
      (f) => html`<tr><td>${locationText(f)}</td><td>${f.message}${f.why ? html`<div class="fix">${ui.why}: ${f.why}</div>` : ""}${f.fix ? html`<div class="fix">${ui.fix}: ${f.fix}</div>` : ""}</td><td><code>${f.code}</code></td></tr>`,
    )}</tbody></table>${moreNote(group.length, lang)}`;
  })}`;
}
