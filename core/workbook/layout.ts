// The standard innovation-sheet workbook ("templat"), as data: sheet names, columns, drop-down
// lists and header notes. The CLI writes it with exceljs, the Excel add-in inserts it with
// Office.js; both read it back through the same header recognition.
import type { Framework } from "../framework/compile.ts";
import type { IndicatorDefinition, ProfileFieldKey } from "../framework/schema.ts";
import type { IndicatorPart } from "../recognition/labels.ts";

export const SHEETS = {
  instructions: "Petunjuk",
  region: "Pemda",
  innovations: "Inovasi",
  summary: "Ringkasan",
  matrix: "Matriks",
  lists: "Daftar",
} as const;

/** Headers of the columns the tools own (score and status); they never write into other columns. */
export const OWN_COLUMNS = { score: "Skor (IID Check)", status: "Status (IID Check)" } as const;
const OWN_HEADERS: ReadonlySet<unknown> = new Set(Object.values(OWN_COLUMNS));
/** Called for every header-scan cell: one set lookup, no array of the headers per call. */
export const isOwnColumn = (header: unknown): boolean => OWN_HEADERS.has(header);

export type ColumnTarget = { kind: "profile"; key: ProfileFieldKey } | { kind: "indicator"; key: string; part: IndicatorPart };

export type TemplateColumn = {
  /** Stable id: "name", "ind:16:level", "ind:16:evidence", "ind:33:basis". */
  id: string;
  header: string;
  target: ColumnTarget;
  width: number;
  /** Drop-down values (shown in Excel's list); undefined for free text. */
  list?: readonly string[];
  /** Header note: what goes in the column and the rule's source. */
  note: { id: string; en: string };
  kind: "text" | "longtext" | "enum" | "date" | "level" | "evidence" | "basis";
};

/** "1 - SK Kepala Daerah ..." : the option text with its parameter number, as listed in drop-downs. */
export const optionText = (level: number, label: string): string => `${level} - ${label}`;

export function indicatorOptionTexts(definition: IndicatorDefinition): string[] {
  if (definition.bases) return ["1", "2", "3"];
  return definition.options.map((o) => optionText(o.level, o.label));
}

export function innovationColumns(framework: Framework): TemplateColumn[] {
  const columns: TemplateColumn[] = [];
  const widths: Partial<Record<ProfileFieldKey, number>> = { name: 32, agency: 26, design: 60, goal: 40, benefit: 40, result: 40, mainAffair: 30, otherAffairs: 30, form: 30 };
  for (const field of framework.profile.fields) {
    const list = field.enum ? framework.enums[field.enum].values.map((v) => v.value) : undefined;
    const required = field.required === "error" ? "Wajib diisi." : field.required === "warning" ? "Sebaiknya diisi." : "Opsional.";
    const requiredEn = field.required === "error" ? "Required." : field.required === "warning" ? "Recommended." : "Optional.";
    const extraId = field.key === "design" ? ` Minimal ${framework.design.minWords} kata.` : field.kind === "date" ? " Format: 15/03/2024." : field.kind === "enum-list" ? " Pisahkan dengan titik koma (;)." : "";
    const extraEn = field.key === "design" ? ` At least ${framework.design.minWords} words.` : field.kind === "date" ? " Format: 15/03/2024." : field.kind === "enum-list" ? " Separate with semicolons (;)." : "";
    columns.push({
      id: field.key,
      header: field.label.id,
      target: { kind: "profile", key: field.key },
      width: widths[field.key] ?? (field.kind === "date" ? 16 : 22),
      ...(list && field.kind === "enum" ? { list } : {}),
      note: { id: `${field.label.id}. ${required}${extraId} Sumber: ${field.source} (${field.status}).`, en: `${field.label.en}. ${requiredEn}${extraEn} Source: ${field.source} (${field.status}).` },
      kind: field.kind === "enum-list" ? "text" : field.kind,
    });
  }
  for (const indicator of framework.sid) {
    const wajib = indicator.mandatory ? " Wajib." : "";
    const mandatory = indicator.mandatory ? " Mandatory." : "";
    const source = `Sumber: ${indicator.source} (${indicator.status}).`;
    if (indicator.bases) {
      columns.push({
        id: `ind:${indicator.key}:basis`,
        header: `${indicator.key} · ${indicator.name.id} (Dasar a-f)`,
        target: { kind: "indicator", key: indicator.key, part: "basis" },
        width: 14,
        list: indicator.bases.map((b) => b.key),
        note: { id: `Pilih tepat satu dasar kemanfaatan: ${indicator.bases.map((b) => `${b.key}. ${b.name.id}`).join("; ")}.${wajib}`, en: `Choose exactly one benefit basis: ${indicator.bases.map((b) => `${b.key}. ${b.name.en}`).join("; ")}.${mandatory}` },
        kind: "basis",
      });
    }
    columns.push({
      id: `ind:${indicator.key}:level`,
      header: `${indicator.key} · ${indicator.name.id} (Parameter)`,
      target: { kind: "indicator", key: indicator.key, part: "level" },
      width: 28,
      list: indicatorOptionTexts(indicator),
      note: {
        id: `Bobot ${String(indicator.weight).replace(".", ",")}; skor = bobot × parameter (1-3), 0 tanpa bukti dukung.${wajib} ${source}`,
        en: `Weight ${indicator.weight}; score = weight × parameter (1-3), 0 without evidence.${mandatory} Source: ${indicator.source} (${indicator.status}).`,
      },
      kind: "level",
    });
    columns.push({
      id: `ind:${indicator.key}:evidence`,
      header: `${indicator.key} · Bukti Dukung`,
      target: { kind: "indicator", key: indicator.key, part: "evidence" },
      width: 28,
      note: {
        id: `${indicator.evidence.description}. Jenis berkas: ${indicator.evidence.fileTypes.join(", ").toUpperCase()}${indicator.evidence.links === "video" ? " atau tautan YouTube/Google Drive" : ""}. Beberapa berkas dipisah titik koma (;).`,
        en: `File types: ${indicator.evidence.fileTypes.join(", ").toUpperCase()}${indicator.evidence.links === "video" ? " or a YouTube/Google Drive link" : ""}. Separate several files with semicolons (;).`,
      },
      kind: "evidence",
    });
  }
  return columns;
}

export type RegionRowSpec = { key: string; number: string; name: string; list: readonly string[]; mandatory: boolean; acceptsValue: boolean };

/** The Pemda sheet: region name in B2, a table header on row 4, one row per SPD indicator. */
export const REGION_LAYOUT = {
  nameLabel: "Nama Pemda",
  nameCell: { row: 2, column: 2 },
  headerRow: 4,
  headers: ["No", "Indikator", "Parameter", "Nilai", "Bukti Dukung"],
} as const;

export function regionRows(framework: Framework): RegionRowSpec[] {
  return framework.spd.map((indicator) => ({
    key: indicator.key,
    number: indicator.key,
    name: indicator.name.id,
    list: indicatorOptionTexts(indicator),
    mandatory: indicator.mandatory,
    acceptsValue: Boolean(indicator.threshold || indicator.categories),
  }));
}

/** Excel column letters to their number, either case: A -> 1, AA -> 27 (the inverse of columnLetter). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) & ~0x20) - 64;
  return n;
}

/** Excel column letters: 1 -> A, 27 -> AA. */
export function columnLetter(index1: number): string {
  let n = index1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Quotes a sheet name for an A1 reference when needed: 'Data Inovasi'!A1. */
export const sheetRef = (sheet: string): string => (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`);
