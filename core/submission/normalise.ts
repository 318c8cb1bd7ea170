// Reads any input (parsed JSON, rows from a sheet, fields from a web form) into the
// normalised Submission, reporting every value it had to reinterpret or could not read.
// It never throws on user data and never stops at the first problem.
import { answeredBasis, type Framework } from "../framework/compile.ts";
import type { IndicatorDefinition } from "../framework/schema.ts";
import { PROFILE_FIELD_KEYS, type ProfileFieldKey } from "../framework/keys.ts";
import type { Finding, FindingParams, Severity, SubmissionPath } from "../findings.ts";
import { parseDate } from "../text/dates.ts";
import { compactKey, TextMatcher, tidy } from "../text/normalise.ts";
import { parseNumber } from "../text/numbers.ts";
import { countTextWords, htmlToText } from "../text/words.ts";
import { levelFromValue } from "../scoring/thresholds.ts";
import { classifyEvidence, classifyEvidenceList, splitEvidenceList } from "./evidence.ts";
import type { EvidenceItem, IndicatorAnswer, Innovation, Region, Submission } from "./model.ts";

/** The codes this module reports, with their severities. */
export const NORMALISE_CODES = {
  "document-invalid": "error",
  "field-type": "error",
  "field-unknown": "warning",
  "enum-normalised": "info",
  "enum-close-match": "warning",
  "enum-unknown": "error",
  "date-invalid": "error",
  "date-guess": "warning",
  "indicator-unknown": "error",
  "indicator-wrong-aspect": "error",
  "level-invalid": "error",
  "level-out-of-range": "error",
  "value-invalid": "error",
  "number-ambiguous": "info",
  "text-too-long": "warning",
} as const satisfies Record<string, Severity>;

type Emit = (code: keyof typeof NORMALISE_CODES, path: SubmissionPath, params?: FindingParams) => void;

/** Longest text kept from any one field; a 10 MB paste is cut so nothing downstream stalls. */
export const MAX_TEXT_LENGTH = 200_000;

const isRecord = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === "object" && !Array.isArray(x);

export function normaliseSubmission(input: unknown, framework: Framework): { submission: Submission; findings: Finding[] } {
  const findings: Finding[] = [];
  const emit: Emit = (code, path, params = {}) => findings.push({ code, severity: NORMALISE_CODES[code], path, params });

  if (!isRecord(input)) {
    emit("document-invalid", [], { expected: "object", got: describe(input) });
    return { submission: { innovations: [] }, findings };
  }
  for (const key of Object.keys(input)) {
    if (!["framework", "region", "innovations", "$schema"].includes(key)) emit("field-unknown", [key], { field: key });
  }
  const submission: Submission = { innovations: [] };
  if (typeof input.framework === "string") submission.frameworkId = input.framework;
  else if (input.framework !== undefined && input.framework !== null) emit("field-type", ["framework"], { field: "framework", expected: "text" });

  if (input.region !== undefined && input.region !== null) {
    if (isRecord(input.region)) submission.region = normaliseRegion(input.region, framework, emit);
    else emit("field-type", ["region"], { field: "region", expected: "object" });
  }
  if (input.innovations !== undefined && input.innovations !== null) {
    if (Array.isArray(input.innovations)) {
      input.innovations.forEach((raw, index) => {
        if (isRecord(raw)) submission.innovations.push(normaliseInnovation(raw, index, framework, emit));
        else emit("field-type", ["innovations", index], { field: "innovation", expected: "object" });
      });
    } else emit("field-type", ["innovations"], { field: "innovations", expected: "list" });
  }
  return { submission, findings };
}

function describe(x: unknown): string {
  if (x === null) return "null";
  if (Array.isArray(x)) return "list";
  return typeof x;
}

// Paths are built only when a finding is emitted: this runs for every field of every
// innovation (36,000+ per national check), and most fields produce no finding.
const at = (base: SubmissionPath, key: string | number): SubmissionPath => [...base, key];

const isBlankText = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 32) return false;
  return true;
};

function readText(raw: unknown, base: SubmissionPath, field: string, emit: Emit, label: string = field): string | undefined {
  if (raw === undefined || raw === null) return undefined;
  let text: string;
  if (typeof raw === "string") text = raw;
  else if (typeof raw === "number" || typeof raw === "boolean") text = String(raw);
  else {
    emit("field-type", at(base, field), { field: label, expected: "text", got: describe(raw) });
    return undefined;
  }
  if (text.length > MAX_TEXT_LENGTH) {
    emit("text-too-long", at(base, field), { field: label, length: text.length, kept: MAX_TEXT_LENGTH });
    text = text.slice(0, MAX_TEXT_LENGTH);
  }
  return isBlankText(text) ? undefined : text;
}

/** Most innovations have no unreadable field: they share this empty set (never mutated). */
const NOTHING_UNREADABLE: ReadonlySet<string> = new Set();

function markUnreadable(innovation: Innovation, field: string): void {
  if (innovation.unreadable === NOTHING_UNREADABLE) innovation.unreadable = new Set([field]);
  else (innovation.unreadable as Set<string>).add(field);
}

function readEnum(
  raw: unknown,
  matcher: TextMatcher<string>,
  base: SubmissionPath,
  field: string | number,
  emit: Emit,
  innovation: Innovation,
  fieldName: string = String(field),
): string | undefined {
  const text = readText(raw, base, String(field), emit);
  if (text === undefined) {
    if (raw !== undefined && raw !== null && typeof raw !== "string") markUnreadable(innovation, fieldName);
    return undefined;
  }
  const match = matcher.match(text);
  if (!match) {
    emit("enum-unknown", at(base, field), { field: fieldName, given: tidy(text).slice(0, 200) });
    markUnreadable(innovation, fieldName);
    return undefined;
  }
  if (match.item === text) return match.item;
  if (!match.exact) emit("enum-close-match", at(base, field), { field: fieldName, given: tidy(text), canonical: match.item });
  else if (tidy(text) !== match.item) emit("enum-normalised", at(base, field), { field: fieldName, given: tidy(text), canonical: match.item });
  return match.item;
}

function readDate(raw: unknown, base: SubmissionPath, field: string, emit: Emit, innovation: Innovation): string | undefined {
  if (raw === undefined || raw === null || (typeof raw === "string" && isBlankText(raw))) return undefined;
  const parsed = parseDate(raw);
  if (!parsed) {
    emit("date-invalid", at(base, field), { field, given: String(raw).slice(0, 100) });
    markUnreadable(innovation, field);
    return undefined;
  }
  if (parsed.note) emit("date-guess", at(base, field), { field, given: String(raw), read: parsed.iso, reason: parsed.note });
  return parsed.iso;
}

const PROFILE_TEXT_FIELDS = ["name", "agency", "initiatorName", "design", "goal", "benefit", "result"] as const;
const PROFILE_ENUM_FIELDS = {
  stage: "stage",
  initiator: "initiator",
  classification: "classification",
  type: "type",
  form: "form",
  mainAffair: "affair",
} as const;
const PROFILE_ENUM_ENTRIES = Object.entries(PROFILE_ENUM_FIELDS) as [keyof typeof PROFILE_ENUM_FIELDS, keyof Framework["matchers"]][];
const PROFILE_DATE_FIELDS = ["trialDate", "implementationDate", "developmentDate"] as const;
const KNOWN_INNOVATION_KEYS = new Set<string>([...PROFILE_FIELD_KEYS, "indicators"]);

function normaliseInnovation(raw: Record<string, unknown>, index: number, framework: Framework, emit: Emit): Innovation {
  const base: SubmissionPath = ["innovations", index];
  // Every field present from the start (undefined until read): one object shape for all innovations.
  const innovation: Innovation = {
    index, name: undefined, agency: undefined, stage: undefined, initiator: undefined, initiatorName: undefined,
    classification: undefined, type: undefined, form: undefined, mainAffair: undefined, otherAffairs: NO_AFFAIRS,
    trialDate: undefined, implementationDate: undefined, developmentDate: undefined, design: undefined, goal: undefined,
    benefit: undefined, result: undefined, designText: undefined, designWords: 0, indicators: NO_ANSWERS, unreadable: NOTHING_UNREADABLE,
  };
  for (const key in raw) {
    if (!KNOWN_INNOVATION_KEYS.has(key)) emit("field-unknown", at(base, key), { field: key });
  }
  for (const field of PROFILE_TEXT_FIELDS) {
    const text = readText(raw[field], base, field, emit);
    if (text === undefined && raw[field] !== undefined && raw[field] !== null && typeof raw[field] !== "string") markUnreadable(innovation, field);
    if (text !== undefined) innovation[field] = field === "name" || field === "agency" || field === "initiatorName" ? tidy(text) : text;
  }
  for (const [field, enumName] of PROFILE_ENUM_ENTRIES) {
    const value = readEnum(raw[field], framework.matchers[enumName], base, field, emit, innovation);
    if (value !== undefined) innovation[field] = value;
  }
  innovation.otherAffairs = readAffairList(raw.otherAffairs, framework, base, emit, innovation);
  for (const field of PROFILE_DATE_FIELDS) {
    const value = readDate(raw[field], base, field, emit, innovation);
    if (value !== undefined) innovation[field] = value;
  }
  if (innovation.design) {
    // Tags stripped once: the word count and the design-parts rule both read the plain text.
    innovation.designText = htmlToText(innovation.design);
    innovation.designWords = countTextWords(innovation.designText);
  }
  innovation.indicators = readIndicators(raw.indicators, "sid", framework, base, emit);
  return innovation;
}

/** Shared by every innovation without other affairs (most of them); never mutated. */
const NO_AFFAIRS: string[] = [];

function readAffairList(raw: unknown, framework: Framework, base: SubmissionPath, emit: Emit, innovation: Innovation): string[] {
  if (raw === undefined || raw === null) return NO_AFFAIRS;
  const items = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(/[;\n]+/) : undefined;
  if (!items) {
    emit("field-type", at(base, "otherAffairs"), { field: "otherAffairs", expected: "list" });
    markUnreadable(innovation, "otherAffairs");
    return NO_AFFAIRS;
  }
  const out: string[] = [];
  items.forEach((item, i) => {
    if (typeof item === "string" && isBlankText(item)) return;
    const value = Array.isArray(raw)
      ? readEnum(item, framework.matchers.affair, at(base, "otherAffairs"), i, emit, innovation, "otherAffairs")
      : readEnum(item, framework.matchers.affair, base, "otherAffairs", emit, innovation);
    if (value !== undefined && !out.includes(value)) out.push(value);
  });
  return out.length === 0 ? NO_AFFAIRS : out;
}

function normaliseRegion(raw: Record<string, unknown>, framework: Framework, emit: Emit): Region {
  const region: Region = { indicators: new Map() };
  for (const key of Object.keys(raw)) if (key !== "name" && key !== "indicators") emit("field-unknown", ["region", key], { field: key });
  const name = readText(raw.name, ["region"], "name", emit, "regionName");
  if (name !== undefined) region.name = tidy(name);
  region.indicators = readIndicators(raw.indicators, "spd", framework, ["region"], emit);
  return region;
}

const isDigit = (code: number) => code >= 48 && code <= 57;
const isLowerLetter = (code: number) => code >= 97 && code <= 122;

/** Already canonical: one or two digits and an optional lower-case letter ("5", "16", "5a"). Checked per answer, so no regex. */
function isCanonicalKey(raw: string): boolean {
  const length = raw.length;
  if (length === 0 || length > 3 || !isDigit(raw.charCodeAt(0))) return false;
  if (length === 1) return true;
  const second = raw.charCodeAt(1);
  if (length === 2) return isDigit(second) || isLowerLetter(second);
  return isDigit(second) && isLowerLetter(raw.charCodeAt(2));
}

/** "5A", " 5 a", "Indikator 16" -> "5a", "16". */
export function indicatorKey(raw: string): string {
  if (isCanonicalKey(raw)) return raw;
  return compactKey(raw).replace(/^(indikator|indicator|ind|no)/, "");
}

/** Placeholder until an innovation's answers are read; never mutated. */
const NO_ANSWERS: ReadonlyMap<string, IndicatorAnswer> = new Map();

/**
 * Path of an answer as the document spells its key, e.g. ["innovations", 3, "indicators", "5A", "level"].
 * Built only when a finding is emitted: readers pass (base, givenKey) instead of a ready path.
 */
const answerPath = (base: SubmissionPath, givenKey: string, ...more: (string | number)[]): SubmissionPath => [...base, "indicators", givenKey, ...more];

function readIndicators(
  raw: unknown,
  aspect: "spd" | "sid",
  framework: Framework,
  base: SubmissionPath,
  emit: Emit,
): Map<string, IndicatorAnswer> {
  const answers = new Map<string, IndicatorAnswer>();
  if (raw === undefined || raw === null) return answers;
  if (!isRecord(raw)) {
    emit("field-type", at(base, "indicators"), { field: "indicators", expected: "object" });
    return answers;
  }
  for (const givenKey in raw) {
    const value = raw[givenKey];
    const key = indicatorKey(givenKey);
    const definition = framework.indicatorByKey.get(key);
    if (!definition) {
      emit("indicator-unknown", answerPath(base, givenKey), { indicator: givenKey, aspect });
      continue;
    }
    if (definition.aspect !== aspect) {
      emit("indicator-wrong-aspect", answerPath(base, givenKey), { indicator: key, aspect, expected: definition.aspect });
      continue;
    }
    if (value === null || value === undefined) continue;
    if (!isRecord(value)) {
      emit("field-type", answerPath(base, givenKey), { field: "indicator", expected: "object", indicator: key });
      continue;
    }
    answers.set(key, readAnswer(value, definition, base, givenKey, emit));
  }
  return answers;
}

const NO_BASES: string[] = [];

const isAsciiLetter = (code: number) => (code | 0x20) >= 97 && (code | 0x20) <= 122;

/** "a", "A", "a, b", "a dan b" -> the basis keys, lower-case. */
function readBases(text: string): string[] {
  // One letter, as nearly every answer gives it: the general split below would return just that.
  if (text.length === 1 && isAsciiLetter(text.charCodeAt(0))) return [text.toLowerCase()];
  return text
    .toLowerCase()
    .split(/[\s,;/&]+|\bdan\b|\band\b/)
    .map((s) => s.replace(/[^a-z]/g, ""))
    .filter(Boolean);
}

function readAnswer(raw: Record<string, unknown>, definition: IndicatorDefinition, base: SubmissionPath, givenKey: string, emit: Emit): IndicatorAnswer {
  const answer: IndicatorAnswer = {
    key: definition.key, chosenLevel: undefined, value: undefined, valueLevel: undefined, level: undefined,
    bases: NO_BASES, evidence: readEvidence(raw.evidence, base, givenKey, emit), unreadable: undefined,
  };
  if (raw.basis !== undefined && raw.basis !== null && String(raw.basis).trim() !== "") answer.bases = readBases(String(raw.basis));
  const basis = answeredBasis(definition, answer.bases);
  const options = basis ? basis.options : definition.options;
  const level = readLevel(raw.level, options, definition.key, base, givenKey, emit);
  if (level === "unreadable") answer.unreadable = true;
  else if (level !== undefined) answer.chosenLevel = level;

  if (raw.value !== undefined && raw.value !== null && String(raw.value).trim() !== "") {
    const threshold = basis?.threshold ?? definition.threshold;
    if (definition.categories && typeof raw.value === "string" && parseNumber(raw.value) === undefined) {
      answer.value = tidy(raw.value);
    } else {
      const number = parseNumber(raw.value);
      if (!number) emit("value-invalid", answerPath(base, givenKey, "value"), { indicator: definition.key, given: String(raw.value).slice(0, 100) });
      else {
        answer.value = number.value;
        if (number.ambiguous) emit("number-ambiguous", answerPath(base, givenKey, "value"), { given: String(raw.value), read: number.value });
      }
    }
    if (answer.value !== undefined) {
      const derived = levelFromValue(answer.value, threshold, definition.categories);
      if (derived !== undefined) answer.valueLevel = derived;
    }
  }
  const counted = answer.chosenLevel ?? answer.valueLevel;
  if (counted !== undefined) answer.level = counted;
  return answer;
}

/** An option text that starts with its level: "2 - Peraturan Kepala Daerah", "3) ...". Read on tidy(text). */
const LISTED = /^[1-3]\s*[-–.):=]\s+\S/;

/**
 * The level of an option text that starts with it, tested on the text as given (most workbook
 * answers; tidy() would scan the whole text first); undefined leaves it to the full reading.
 * Tidying a text that starts with its digit cannot change whether LISTED matches: it only
 * shortens runs of white space and trims the end.
 */
export function listedLevel(text: string): 1 | 2 | 3 | undefined {
  const first = text.charCodeAt(0);
  return first >= 49 && first <= 51 && LISTED.test(text) ? ((first - 48) as 1 | 2 | 3) : undefined;
}

function asLevel(n: number, indicator: string, base: SubmissionPath, givenKey: string, emit: Emit): 1 | 2 | 3 | "unreadable" {
  if (n === 1 || n === 2 || n === 3) return n;
  emit("level-out-of-range", answerPath(base, givenKey, "level"), { indicator, given: n });
  return "unreadable";
}

function readLevel(
  raw: unknown,
  options: readonly { level: number; label: string }[],
  indicator: string,
  base: SubmissionPath,
  givenKey: string,
  emit: Emit,
): 1 | 2 | 3 | "unreadable" | undefined {
  if (raw === undefined || raw === null || (typeof raw === "string" && isBlankText(raw))) return undefined;
  if (typeof raw === "number") return asLevel(raw, indicator, base, givenKey, emit);
  if (typeof raw !== "string") {
    emit("level-invalid", answerPath(base, givenKey, "level"), { indicator, given: describe(raw) });
    return "unreadable";
  }
  const quick = listedLevel(raw);
  if (quick !== undefined) return quick;
  const text = tidy(raw);
  // "2 - Peraturan Kepala Daerah": the drop-down text of the template starts with the level.
  if (LISTED.test(text)) return asLevel(text.charCodeAt(0) - 48, indicator, base, givenKey, emit);
  const numeric = /^(?:p|parameter|param|level|opsi|pilihan|nilai)?\s*[-.:]?\s*(-?\d+(?:[.,]\d+)?)$/i.exec(text);
  if (numeric) return asLevel(Number(numeric[1]!.replace(",", ".")), indicator, base, givenKey, emit);
  if (options.length) {
    const matcher = new TextMatcher(options.map((o) => ({ item: o.level, names: [o.label] })));
    const match = matcher.match(text.replace(/^\d\s*[.)-]\s*/, ""));
    if (match) {
      if (!match.exact) emit("enum-close-match", answerPath(base, givenKey, "level"), { field: "level", given: text.slice(0, 200), canonical: String(match.item) });
      return asLevel(match.item, indicator, base, givenKey, emit);
    }
  }
  emit("level-invalid", answerPath(base, givenKey, "level"), { indicator, given: text.slice(0, 200) });
  return "unreadable";
}

function readEvidence(raw: unknown, base: SubmissionPath, givenKey: string, emit: Emit): EvidenceItem[] {
  if (raw === undefined || raw === null) return [];
  if (typeof raw === "string") return classifyEvidenceList(raw);
  if (!Array.isArray(raw)) {
    emit("field-type", answerPath(base, givenKey, "evidence"), { field: "evidence", expected: "list" });
    return [];
  }
  // The usual answer, one file name: an array of exactly its items (a pushed-to array keeps
  // spare capacity, and this one is retained with the result for every answer).
  if (raw.length === 1 && typeof raw[0] === "string") return classifyEvidenceList(raw[0]);
  const items: EvidenceItem[] = [];
  raw.forEach((entry, i) => {
    if (typeof entry === "string") {
      for (const part of splitEvidenceList(entry)) items.push(classifyEvidence(part));
    } else if (isRecord(entry) && typeof entry.name === "string" && entry.name.trim()) {
      items.push(
        classifyEvidence(entry.name, {
          ...(typeof entry.size === "number" ? { size: entry.size } : {}),
          ...(typeof entry.type === "string" ? { type: entry.type } : {}),
          ...(typeof entry.url === "string" ? { url: entry.url } : {}),
        }),
      );
    } else if (entry !== null && entry !== undefined) emit("field-type", answerPath(base, givenKey, "evidence", i), { field: "evidence", expected: "text" });
  });
  return items;
}

export type { ProfileFieldKey };
