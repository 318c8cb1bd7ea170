// Public API of the IID Check core. Pure TypeScript: no DOM, no Office, no file system, so
// the same code runs in Excel, in a content script and in Node.
export { checkSubmission, checkInnovation, todayIso, CHECK_CODES, type CheckOptions, type CheckResult } from "./check.ts";
export { getFramework, builtInFrameworkIds, DEFAULT_FRAMEWORK_ID } from "./framework/registry.ts";
export { loadFramework } from "./framework/load.ts";
export { FrameworkError, type Framework } from "./framework/compile.ts";
export { frameworkSchema, PROFILE_FIELD_KEYS, type FrameworkDefinition, type IndicatorDefinition, type ProfileFieldKey } from "./framework/schema.ts";
export { submissionInputSchema, type SubmissionInput, type InnovationInput } from "./submission/schema.ts";
export type { Submission, Innovation, Region, IndicatorAnswer, EvidenceItem } from "./submission/model.ts";
export { normaliseSubmission, NORMALISE_CODES, indicatorKey } from "./submission/normalise.ts";
export { splitEvidenceList, classifyEvidence } from "./submission/evidence.ts";
export { countBySeverity, sortFindings, SEVERITIES, type Finding, type Severity, type HostLocation, type SubmissionPath } from "./findings.ts";
export { rules } from "./rules/index.ts";
export { advise, type Advice, type AdvicePlan } from "./advice/advise.ts";
export type { InnovationScore, IndicatorScore } from "./scoring/innovation.ts";
export type { ScoreSummary, RegionTotals } from "./scoring/region.ts";
export { renderMessage, catalogues, formatFor, type RenderedMessage } from "./messages/render.ts";
export { uiStrings, type UiStrings } from "./messages/ui.ts";
export { LANGS, type Lang } from "./messages/types.ts";
export { countWords, htmlToText } from "./text/words.ts";
export { parseDate, fromExcelSerial } from "./text/dates.ts";
export { parseNumber } from "./text/numbers.ts";
export { compactKey, TextMatcher } from "./text/normalise.ts";
export { toReport, type Report } from "./report.ts";
export { LabelRecogniser, labelRecogniser, PROFILE_SYNONYMS, type LabelTarget, type IndicatorPart } from "./recognition/labels.ts";
export { SHEETS, OWN_COLUMNS, isOwnColumn, innovationColumns, regionRows, REGION_LAYOUT, indicatorOptionTexts, optionText, columnLetter, sheetRef, type TemplateColumn, type ColumnTarget } from "./workbook/layout.ts";
export { cellText, cellScalar, isBlank, type CellValue, type SheetRows } from "./workbook/cells.ts";
export { recogniseInnovationHeader, HEADER_SCAN_ROWS, type HeaderMatch, type RecognisedColumn } from "./workbook/headers.ts";
export { readWorkbookRows, WORKBOOK_CODES, type WorkbookRead } from "./workbook/rows.ts";
