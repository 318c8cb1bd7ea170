// Form -> the core's innovation input. The fields' meanings come from ./collect.ts; this only
// reads values, so it runs on every re-check.
import type { Framework } from "../../../core/framework/compile.ts";
import type { InnovationInput } from "../../../core/submission/schema.ts";
import { compactKey } from "../../../core/text/normalise.ts";
import type { FormField } from "./collect.ts";
import { readCode, readField, type FileDescription } from "./read.ts";

type IndicatorInput = NonNullable<InnovationInput["indicators"]>[string];
type Evidence = (string | FileDescription)[];

export interface FormState {
  input: InnovationInput;
  /** The field behind each submission path ("design", "indicators.16.evidence"). */
  fieldAt: Map<string, FormField>;
  /** Fields that were recognised (profile or indicator). */
  recognised: number;
}

const LEVEL_CODE = /^(?:p|parameter)?\s*([1-3])$/i;

export function buildState(fields: readonly FormField[], framework: Framework): FormState {
  const input: InnovationInput = {};
  const indicators: Record<string, IndicatorInput & { evidence?: Evidence }> = {};
  const fieldAt = new Map<string, FormField>();
  let recognised = 0;
  for (const field of fields) {
    const target = field.target;
    if (!target) continue;
    recognised++;
    if (target.kind === "profile") {
      const key = target.key;
      // the first field that holds a value wins; findings point at it (else at the first one found)
      if (!fieldAt.has(key)) fieldAt.set(key, field);
      if (input[key] !== undefined) continue;
      const value = readField(field);
      if (value === undefined) continue;
      fieldAt.set(key, field);
      const texts = Array.isArray(value) ? value.map((v) => (typeof v === "string" ? v : v.name)) : undefined;
      if (key === "otherAffairs") input.otherAffairs = texts ?? (value as string);
      else input[key] = texts ? texts.join(", ") : (value as string);
      continue;
    }
    const answer = (indicators[target.key] ??= {});
    const path = `indicators.${target.key}.${target.part}`;
    if (!fieldAt.has(path)) fieldAt.set(path, field);
    if (target.part === "evidence") {
      const value = readField(field);
      if (value === undefined) continue;
      const list = (answer.evidence ??= []);
      if (Array.isArray(value)) list.push(...(value as Evidence));
      else list.push(value.trim());
    } else if (target.part === "basis") {
      if (answer.basis === undefined) answer.basis = readBasis(field, target.key, framework);
    } else if (answer.level === undefined) {
      const code = readCode(field);
      const m = code ? LEVEL_CODE.exec(code.trim()) : null;
      answer.level = m ? Number(m[1]) : (readField(field) as string | undefined);
    }
  }
  for (const [key, answer] of Object.entries(indicators)) {
    if (answer.level === undefined) delete answer.level;
    if (answer.basis === undefined) delete answer.basis;
    if (answer.level === undefined && answer.basis === undefined && !answer.evidence?.length) delete indicators[key];
  }
  if (Object.keys(indicators).length) input.indicators = indicators;
  return { input, fieldAt, recognised };
}

/** Indicator 33's basis as its letter a-f, from an option value, a leading "a." or the basis name. */
function readBasis(field: FormField, key: string, framework: Framework): string | undefined {
  const code = readCode(field)?.trim().toLowerCase();
  if (code && /^[a-f]$/.test(code)) return code;
  const text = readField(field);
  if (typeof text !== "string") return undefined;
  const lead = /^\s*([a-f])\s*[.)\-:]\s/i.exec(text);
  if (lead) return lead[1]!.toLowerCase();
  const wanted = compactKey(text);
  const bases = framework.indicatorByKey.get(key)?.bases ?? [];
  return bases.find((b) => compactKey(b.name.id) === wanted || compactKey(b.name.en) === wanted)?.key ?? text;
}

/** The path key a finding points at, for the field map ("design", "indicators.16.level"). */
export function findingFieldKey(path: readonly (string | number)[]): string[] {
  // ["innovations", 0, "design"], ["innovations", 0, "indicators", "16", "evidence"], [..., "indicators", "16"]
  const rest = path.slice(2).map(String);
  if (rest[0] !== "indicators") return rest[0] ? [rest[0]] : [];
  const key = rest[1];
  if (!key) return [];
  const part = rest[2];
  if (part) return [`indicators.${key}.${part}`, `indicators.${key}.level`, `indicators.${key}.evidence`];
  return [`indicators.${key}.level`, `indicators.${key}.evidence`];
}
