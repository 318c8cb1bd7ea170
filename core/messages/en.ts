// English message catalogue. One entry per finding or advice code; complete like the Indonesian one.
import type { FindingParams } from "../findings.ts";
import type { Catalogue, Format } from "./types.ts";

export const en: Catalogue = {
  "document-invalid": { message: () => "The document is not a valid IID submission JSON object.", fix: () => "Use the IID Check submission format (see docs/submission.md)." },
  "field-type": { message: (p, f) => `${f.field(p.field)} must be ${typeName(p.expected)}.` },
  "field-unknown": { message: (p, f) => `Unknown field ${f.quote(p.field)} is ignored.`, fix: () => "Check the spelling of the field name." },
  "enum-normalised": { message: (p, f) => `${f.field(p.field)}: ${f.quote(p.given)} was read as ${f.quote(p.canonical)}.`, fix: (p, f) => `Use the official spelling: ${f.quote(p.canonical)}.` },
  "enum-close-match": { message: (p, f) => `${f.field(p.field)}: ${f.quote(p.given)} probably means ${f.quote(p.canonical)}.`, why: "A value spelled differently may be rejected by the portal or scored differently.", fix: (p, f) => `Choose ${f.quote(p.canonical)} from the list.` },
  "enum-unknown": { message: (p, f) => `${f.field(p.field)}: ${f.quote(p.given)} is not an allowed value.`, fix: () => "Choose one of the official values from the list." },
  "date-invalid": { message: (p, f) => `${f.field(p.field)}: ${f.quote(p.given)} is not a readable date.`, fix: () => "Write the date as 15/03/2024, 15 Maret 2024 or 2024-03-15." },
  "date-guess": { message: (p, f) => `${f.field(p.field)}: ${f.quote(p.given)} was read as ${f.date(p.read)}${p.reason === "month-day-order" ? " (month/day order)" : " (two-digit year)"}.`, fix: () => "Check the date and write it day/month/year with a four-digit year." },
  "indicator-unknown": { message: (p, f) => `Indicator ${f.quote(p.indicator)} is not part of the IID framework.`, fix: () => "Use indicator numbers 1-15 (SPD, e.g. 5a) or 16-35 (SID)." },
  "indicator-wrong-aspect": { message: (p) => `Indicator ${p.indicator} is a ${p.expected === "spd" ? "region-level (SPD)" : "per-innovation (SID)"} indicator and does not belong here.` },
  "level-invalid": { message: (p, f) => `Indicator ${f.indicator(p.indicator)}: parameter ${f.quote(p.given)} is not recognised.`, fix: () => "Enter parameter 1, 2 or 3, or pick the parameter text from the list." },
  "level-out-of-range": { message: (p, f) => `Indicator ${f.indicator(p.indicator)}: parameter ${f.quote(p.given)} is outside 1-3.`, fix: () => "Choose parameter 1, 2 or 3." },
  "value-invalid": { message: (p, f) => `Indicator ${f.indicator(p.indicator)}: value ${f.quote(p.given)} is not a number.`, fix: () => "Enter a number only, e.g. 12,5 for 12.5%." },
  "number-ambiguous": { message: (p, f) => `The number ${f.quote(p.given)} was read as ${f.number(p.read)} (dot as thousands separator).` },
  "text-too-long": { message: (p, f) => `${f.field(p.field)} is very long (${f.number(p.length)} characters); only the first ${f.number(p.kept)} are checked.` },
  "framework-unknown": { message: (p, f) => `Unknown framework ${f.quote(p.given)}; checked with ${p.used}.` },
  "field-required": { message: (p, f) => `${f.field(p.field)} is required.`, why: "The IID portal does not accept an innovation proposal without its required fields." },
  "field-recommended": { message: (p, f) => `${f.field(p.field)} should be filled in.`, why: "The 2026 innovation profile asks for this field." },
  "design-too-short": {
    message: (p, f) => `The design (rancang bangun) has ${f.number(p.words)} ${words(p.words)}; at least ${f.number(p.minimum)} are required (${f.number(p.missing)} short).`,
    why: "An innovation whose design has fewer words than the minimum is not assessed, so its whole score is lost.",
    fix: (p, f) => `Add at least ${f.number(p.missing)} ${words(p.missing)}: legal basis, problem, strategic issue, method of renewal, advantages/novelty and stages.`,
  },
  "design-parts-missing": {
    message: (p, f) => `The design lacks recommended parts: ${f.list(designParts(p.missing))}.`,
    why: "The 2026 guideline recommends six parts for the design; verifiers read for them.",
    fix: () => "Add a heading for each missing part.",
  },
  "trial-after-implementation": { message: (p, f) => `The trial date (${f.date(p.trialDate)}) is after the implementation date (${f.date(p.implementationDate)}).`, why: "A trial normally comes first; verifiers may question the order.", fix: () => "Check both dates." },
  "implementation-in-future": { message: (p, f) => `The implementation date ${f.date(p.date)} has not happened yet (today is ${f.date(p.today)}).`, why: "An innovation that is not yet implemented cannot be assessed.", fix: () => "Check the implementation date." },
  "trial-in-future": { message: (p, f) => `The trial date ${f.date(p.date)} has not happened yet (today is ${f.date(p.today)}).`, fix: () => "Check the trial date." },
  "implementation-after-window": { message: (p, f) => `Implemented ${f.date(p.date)}, after ${f.date(p.to)}: outside the assessment window.`, why: "The assessment only covers innovations implemented by the end of the framework's window." },
  "development-date-required": { message: (p, f) => `Implemented ${f.date(p.date)}, before ${f.date(p.from)}: enter a development date between ${f.date(p.from)} and ${f.date(p.to)}.`, why: "Older innovations count only when developed or renewed within the window.", fix: () => "Enter the development date and attach evidence of the development." },
  "development-date-outside-window": { message: (p, f) => `The development date ${f.date(p.date)} is outside ${f.date(p.from)} to ${f.date(p.to)}; the innovation cannot be assessed.`, fix: () => "Check the development date; it must lie within the window." },
  "development-date-irrelevant": { message: (p, f) => `The development date ${f.date(p.date)} is outside ${f.date(p.from)} to ${f.date(p.to)} (no effect on eligibility, as implementation is within the window).` },
  "stage-not-scored": { message: (p, f) => `Stage ${f.quote(p.stage)}: only innovations at stage ${p.scoredStage} are scored.` },
  "innovation-not-assessed": { message: (p, f) => `Innovation ${f.quote(p.name ?? "without a name")} is not assessed: ${f.list(blockers(p, f))}. Its claimed score of ${f.number(p.claimed)} does not count.`, why: "Only innovations that meet the conditions (window, minimum design length, mandatory indicators with evidence) count towards the IID." },
  "mandatory-indicator-missing": { message: (p, f) => `Mandatory indicator ${f.indicator(p.indicator)} has no parameter chosen.`, why: "An empty mandatory indicator keeps the innovation (or the SPD score) from being assessed.", fix: () => "Choose a parameter and attach the evidence." },
  "mandatory-evidence-missing": { message: (p, f) => `Mandatory indicator ${f.indicator(p.indicator)} has no evidence; parameter ${p.level} scores 0.`, why: "Without evidence an indicator scores 0, and a mandatory indicator at 0 keeps the innovation from being assessed.", fix: () => "Upload evidence of the requested document type." },
  "evidence-missing": { message: (p, f) => `Indicator ${f.indicator(p.indicator)} has no evidence; ${f.number(p.points)} ${p.points === 1 ? "point is" : "points are"} lost.`, fix: () => "Upload evidence of the requested document type." },
  "evidence-type-not-accepted": { message: (p, f) => `Indicator ${f.indicator(p.indicator)}: file ${f.quote(p.file)} (${String(p.type).toUpperCase()}) is not accepted; accepted types: ${f.list(upper(p.accepted))}.`, fix: () => "Convert the file to an accepted type (e.g. save it as PDF)." },
  "evidence-link-not-accepted": { message: (p, f) => `Indicator ${f.indicator(p.indicator)}: link ${f.quote(p.link)} cannot serve as evidence; upload a ${f.list(upper(p.accepted))} file.` },
  "evidence-too-large": { message: (p, f) => `Indicator ${f.indicator(p.indicator)}: file ${f.quote(p.file)} is ${mb(p.sizeBytes)} MB, above the ${mb(p.limitBytes)} MB limit.`, fix: () => "Make the file smaller (compress the PDF or keep only the relevant pages)." },
  "evidence-no-file-type": { message: (p, f) => `Indicator ${f.indicator(p.indicator)}: evidence ${f.quote(p.name)} is neither a file name nor a link; its type cannot be checked.` },
  "video-link-unsupported": { message: (p, f) => `Indicator ${f.indicator(p.indicator)}: link ${f.quote(p.link)} is not YouTube or Google Drive.`, fix: () => "Upload an MP4 video (at most 5 minutes) or a YouTube/Google Drive link." },
  "video-missing": { message: (p, f) => `Indicator ${f.indicator(p.indicator)}: no video yet (MP4 or a YouTube/Google Drive link).`, fix: () => "Attach the implementation video (at most 5 minutes) with a thumbnail bearing the Kemendagri logo." },
  "kemanfaatan-basis-invalid": { message: (p, f) => `Indicator ${f.indicator(p.indicator)}: choose exactly one benefit basis (${f.list(p.allowed)}); given: ${Array.isArray(p.given) && p.given.length ? f.list(p.given) : "none"}.`, why: "Benefit is assessed on a single basis (a-f)." },
  "level-contradicts-value": { message: (p, f) => `Indicator ${f.indicator(p.indicator)}: value ${f.number(p.value)} supports parameter ${p.derived}, but parameter ${p.chosen} is chosen.`, fix: (p) => `Check the value or choose parameter ${p.derived}.` },
  "level-derived-from-value": { message: (p, f) => `Indicator ${f.indicator(p.indicator)}: parameter ${p.level} follows from the value ${f.number(p.value)}.` },
  "value-below-lowest-level": { message: (p, f) => `Indicator ${f.indicator(p.indicator)}: value ${f.number(p.value)} does not reach the lowest parameter.` },
  "value-not-applicable": { message: (p, f) => `Indicator ${f.indicator(p.indicator)} is not scored from a number; value ${f.number(p.value)} is ignored.`, fix: () => "Choose parameter 1, 2 or 3." },
  "duplicate-innovation-name": { message: (p, f) => `The innovation name ${f.quote(p.name)} is already used by innovation ${p.first}${p.relatedCell ? ` (${p.relatedCell})` : ""}.`, why: "The same title for several innovations can be rejected at verification.", fix: () => "Give them different names or merge the entries." },
  "yandas-coverage-insufficient": {
    message: (p, f) => `Assessed innovations cover ${p.covered} of the 6 basic-service affairs (at least ${p.required} needed); missing: ${f.list(p.missing)}.`,
    why: "Without enough basic-service affairs covered, the whole innovation-count score is 0.",
    fix: () => "Add or complete innovations in the affairs not yet covered.",
  },
  "below-divisor-minimum": { message: (p) => `Only ${p.assessed} ${p.assessed === 1 ? "innovation is assessed; its" : "innovations are assessed; their"} points are still divided by ${p.divisor}.`, why: "Innovation points are divided by the framework's minimum even when fewer innovations are assessed, so each one missing lowers the average." },
  "region-missing": { message: () => "No region-level data (SPD indicators 1-15); the SPD score counts as 0." },
  "region-name-missing": { message: () => "The region's name is missing." },
  "innovation-sheet-missing": { message: () => "No innovation sheet was found in the workbook.", fix: () => "Use the \u201cInovasi\u201d sheet of the IID Check template, or a sheet with headers such as Nama Inovasi, Tahapan, Waktu Penerapan." },
  "header-not-found": { message: (p, f) => `No innovation table header row was found on sheet ${f.quote(p.sheet)}.`, fix: () => "Make sure a header row with at least Nama Inovasi and two other profile columns is within the first 30 rows." },
  "column-required-missing": { message: (p, f) => `Required column ${f.quote(p.column)} is missing.`, why: "Without this column the required field cannot be checked for any innovation.", fix: () => "Add a column with that header." },
  "column-recommended-missing": { message: (p, f) => `Column ${f.quote(p.column)} is missing; this field should be filled in.`, fix: () => "Add a column with that header." },
  "columns-extra": { message: (p, f) => `Columns not used by the check (left as they are): ${f.list(p.columns)}.` },
  "region-table-not-found": { message: (p, f) => `No SPD indicator table was found on sheet ${f.quote(p.sheet)}.`, fix: () => "Use the headers No, Indikator, Parameter, Nilai, Bukti Dukung." },
  "attach-evidence": { message: (p, f) => `Attach the evidence for indicator ${f.indicator(p.indicator)} of ${f.quote(p.name ?? "the unnamed innovation")} (${f.list(upper(p.fileTypes))}).` },
  "attach-region-evidence": { message: (p, f) => `Attach the evidence for SPD indicator ${f.indicator(p.indicator)}.` },
  "lengthen-design": { message: (p, f) => `Lengthen the design of ${f.quote(p.name ?? "the unnamed innovation")} by ${f.number(p.missing)} ${words(p.missing)} so it can be assessed.` },
  "add-development-date": { message: (p, f) => `Enter the development date of ${f.quote(p.name ?? "the unnamed innovation")} (between ${f.date(p.from)} and ${f.date(p.to)}) with its evidence.` },
  "complete-innovation": { message: (p, f) => `Complete ${f.quote(p.name ?? "the unnamed innovation")} (${p.steps} fixes: mandatory evidence, design, development date) so it can be assessed.` },
  "raise-level": { message: (p, f) => `Raise indicator ${f.indicator(p.indicator)} of ${f.quote(p.name ?? "the unnamed innovation")} from parameter ${p.from} to ${p.to}; its value already supports it.` },
  "cover-yandas": { message: (p, f) => `Add ${p.needed} assessed ${innovations(p.needed)} in the basic-service affairs not yet covered (${f.list(p.affairs)}); estimated at the average score of ${f.number(p.assumedScore)}.` },
  "add-innovations": { message: (p, f) => `Add ${p.count} assessed ${innovations(p.count)} to reach ${p.divisor}; estimated at the average score of ${f.number(p.assumedScore)}.` },
};

/** English counts: "1 word", "21 words" (Indonesian needs no plural). */
const words = (n: unknown) => (n === 1 ? "word" : "words");
const innovations = (n: unknown) => (n === 1 ? "innovation" : "innovations");
function typeName(expected: unknown): string {
  return ({ text: "text", object: "an object", list: "a list", number: "a number" } as Record<string, string>)[String(expected)] ?? String(expected);
}
const PARTS: Record<string, string> = { "legal-basis": "legal basis", problem: "problem", "strategic-issue": "strategic issue", method: "method of renewal", novelty: "advantages and novelty", stages: "stages of the innovation" };
const designParts = (keys: unknown) => (Array.isArray(keys) ? keys.map((k) => PARTS[String(k)] ?? String(k)) : []);
const upper = (x: unknown) => (Array.isArray(x) ? x.map((s) => String(s).toUpperCase()) : []);
const mb = (bytes: unknown) => (Number(bytes) / 1048576).toFixed(1);
const MANDATORY: Record<string, string> = { level: "has no parameter", evidence: "has no evidence", basis: "needs exactly one benefit basis" };
/**
 * Why an innovation is not assessed, one short text per reason (parameters from blockerParams): the
 * innovation-not-assessed message, and through renderBlockers the extension's panel and the HTML report's table.
 */
export function blockers(p: FindingParams, f: Format): string[] {
  return (Array.isArray(p.reasons) ? p.reasons : []).map((r) => {
    const [reason, indicator, missing] = String(r).split(":");
    switch (reason) {
      case "stage": return p.stage === null ? "no stage chosen" : `not at stage ${p.scoredStage ?? "that is scored"}`;
      case "window":
        if (p.windowStatus === "unknown") return "implementation date missing or unreadable";
        if (p.windowStatus === "needs-development-date") return `implemented before ${f.date(p.windowFrom)} without a development date`;
        if (p.windowStatus === "development-outside-window") return `development date outside the assessment window (${f.date(p.windowFrom)} to ${f.date(p.windowTo)})`;
        return p.windowTo ? `outside the assessment window (implemented after ${f.date(p.windowTo)})` : "outside the assessment window";
      case "future": return p.futureDate ? `implementation date ${f.date(p.futureDate)} not reached yet` : "implementation date not reached yet";
      case "design": return typeof p.designMinimum === "number" ? `design under ${f.number(p.designMinimum)} words` : "design too short";
      case "mandatory": return `mandatory indicator ${f.indicator(indicator)} ${MANDATORY[missing ?? ""] ?? "scores 0"}`;
      default: return String(r);
    }
  });
}
