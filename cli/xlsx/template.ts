// Writes the standard IID workbook ("templat") from the core's layout data: instructions,
// the Pemda sheet, the Inovasi sheet with drop-downs and header notes, and an empty summary.
import { randomBytes } from "node:crypto";
import { rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import ExcelJS from "./exceljs.ts";
import {
  OWN_SHEET_MARK,
  columnLetter,
  getFramework,
  innovationColumns,
  optionText,
  REGION_LAYOUT,
  regionRows,
  SHEETS,
  type Framework,
  type Lang,
  type SubmissionInput,
  type TemplateColumn,
} from "../../core/index.ts";

export type TemplateOptions = { lang?: Lang; rows?: number };

/** Rows that get drop-downs below the header. */
export const TEMPLATE_ROWS = 1000;
/** Marks the sheets the tool writes, so it only ever clears its own (shared with the add-in). */
export { OWN_SHEET_MARK };

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const MANDATORY_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFCE4D6" } };
// Excel rejects an inline list formula over 255 characters, and commas inside items split them.
const INLINE_LIST_LIMIT = 255;

export async function writeTemplate(path: string, framework: Framework = getFramework(), options: TemplateOptions = {}): Promise<void> {
  await writeWorkbookAtomically(createTemplateWorkbook(framework, options), path);
}

/** The template plus a submission's rows: used by the examples and the benchmark. */
export async function writeFilledTemplate(path: string, input: SubmissionInput, framework: Framework = getFramework(), options: TemplateOptions = {}): Promise<void> {
  const workbook = createTemplateWorkbook(framework, { ...options, rows: Math.max(options.rows ?? TEMPLATE_ROWS, (input.innovations?.length ?? 0) + 50) });
  fillTemplate(workbook, input, framework);
  await writeWorkbookAtomically(workbook, path);
}

export function createTemplateWorkbook(framework: Framework, options: TemplateOptions = {}): ExcelJS.Workbook {
  const lang = options.lang ?? "id";
  const rowCount = options.rows ?? TEMPLATE_ROWS;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = OWN_SHEET_MARK;
  const instructions = workbook.addWorksheet(SHEETS.instructions);
  const region = workbook.addWorksheet(SHEETS.region);
  const innovations = workbook.addWorksheet(SHEETS.innovations, { views: [{ state: "frozen", ySplit: 1, xSplit: 1, activeCell: "A2" }] });
  const summary = workbook.addWorksheet(SHEETS.summary);
  const lists = workbook.addWorksheet(SHEETS.lists, { state: "hidden" });
  const listRef = listWriter(lists);

  writeInstructions(instructions, framework, lang);

  // Pemda: region name, then one row per SPD indicator.
  region.getCell(REGION_LAYOUT.nameCell.row, REGION_LAYOUT.nameCell.column - 1).value = REGION_LAYOUT.nameLabel;
  region.getCell(REGION_LAYOUT.nameCell.row, REGION_LAYOUT.nameCell.column - 1).font = { bold: true };
  region.getCell(REGION_LAYOUT.nameCell.row, REGION_LAYOUT.nameCell.column).fill = MANDATORY_FILL;
  region.getCell(1, 1).value = lang === "id" ? "Satuan Pemerintahan Daerah (SPD): indikator 1-15" : "Regional government (SPD): indicators 1-15";
  region.getCell(1, 1).font = { bold: true, size: 13 };
  const headerRow = region.getRow(REGION_LAYOUT.headerRow);
  REGION_LAYOUT.headers.forEach((h, i) => {
    const cell = headerRow.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
  });
  headerRow.getCell(4).note = bilingual(lang, "Isi angka capaian bila indikator diukur dengan angka; parameter dihitung dari ambang batas.", "Enter the raw figure where the indicator is measured by a number; the parameter is derived from the thresholds.");
  [6, 60, 48, 14, 36].forEach((w, i) => (region.getColumn(i + 1).width = w));
  region.views = [{ state: "frozen", ySplit: REGION_LAYOUT.headerRow }];
  regionRows(framework).forEach((spec, i) => {
    const row = region.getRow(REGION_LAYOUT.headerRow + 1 + i);
    row.getCell(1).value = spec.number;
    row.getCell(2).value = spec.mandatory ? `${spec.name} (wajib)` : spec.name;
    row.getCell(2).alignment = { wrapText: true, vertical: "top" };
    row.getCell(3).dataValidation = listValidation(spec.list, listRef);
    if (!spec.acceptsValue) row.getCell(4).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEDEDED" } };
    if (spec.mandatory) row.getCell(1).fill = MANDATORY_FILL;
  });

  // Inovasi: the header row from the layout, notes, widths, drop-downs.
  const columns = innovationColumns(framework);
  const header = innovations.getRow(1);
  header.height = 60;
  columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: "top" };
    cell.fill = isMandatory(column, framework) ? MANDATORY_FILL : HEADER_FILL;
    cell.note = bilingual(lang, column.note.id, column.note.en);
    const sheetColumn = innovations.getColumn(i + 1);
    sheetColumn.width = column.width;
    if (column.kind === "date") sheetColumn.numFmt = "dd/mm/yyyy";
    if (column.kind === "longtext") sheetColumn.alignment = { wrapText: true, vertical: "top" };
    if (column.list) {
      const letter = columnLetter(i + 1);
      // One range rule per column (the typings lack worksheet.dataValidations; it exists since 4.0).
      (innovations as unknown as RangeValidations).dataValidations.add(`${letter}2:${letter}${rowCount + 1}`, listValidation(column.list, listRef));
    }
  });
  innovations.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };

  summary.getCell("A1").value = `Ringkasan (${OWN_SHEET_MARK})`;
  summary.getCell("A1").font = { bold: true, size: 14 };
  summary.getCell("A2").value = bilingual(lang, "Lembar ini diisi oleh perintah iid-check annotate.", "This sheet is filled by the iid-check annotate command.");
  summary.getColumn(1).width = 40;
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 2, visibility: "visible" }];
  return workbook;
}

const isMandatory = (column: TemplateColumn, framework: Framework): boolean => {
  if (column.target.kind === "indicator") return framework.indicatorByKey.get(column.target.key)?.mandatory === true;
  const key = column.target.key;
  return framework.profile.fields.some((f) => f.key === key && f.required === "error");
};

const bilingual = (lang: Lang, id: string, en: string): string => (lang === "en" ? `${en}\n\n${id}` : `${id}\n\n${en}`);

type RangeValidations = { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

type ListRef = (items: readonly string[]) => string;

/** Writes long lists into the hidden "Daftar" sheet once each and returns their range. */
function listWriter(sheet: ExcelJS.Worksheet): ListRef {
  const known = new Map<string, string>();
  return (items) => {
    const id = items.join("\u0000");
    let ref = known.get(id);
    if (!ref) {
      const column = known.size + 1;
      items.forEach((item, i) => (sheet.getCell(i + 1, column).value = item));
      const letter = columnLetter(column);
      ref = `${SHEETS.lists}!$${letter}$1:$${letter}$${items.length}`;
      known.set(id, ref);
    }
    return ref;
  };
}

function listValidation(items: readonly string[], listRef: ListRef): ExcelJS.DataValidation {
  const inline = items.join(",");
  const inlineSafe = inline.length <= INLINE_LIST_LIMIT - 2 && !items.some((item) => /[,"]/.test(item));
  return {
    type: "list",
    allowBlank: true,
    formulae: [inlineSafe ? `"${inline}"` : listRef(items)],
    // A warning, not a stop: people paste text that the checker then normalises and reports.
    showErrorMessage: true,
    errorStyle: "warning",
    errorTitle: "IID Check",
    error: "Nilai tidak ada di daftar pilihan. / The value is not in the list.",
  };
}

function writeInstructions(sheet: ExcelJS.Worksheet, framework: Framework, lang: Lang): void {
  const id = [
    "Petunjuk pengisian buku kerja Indeks Inovasi Daerah (IID)",
    `Kerangka penilaian: ${framework.title.id}${framework.provisional ? " (sementara/prognosis)" : ""}.`,
    "1. Lembar \"Pemda\": isi Nama Pemda, lalu untuk setiap indikator SPD pilih parameter (1-3) atau isi nilai capaian, dan tulis nama berkas bukti dukung.",
    "2. Lembar \"Inovasi\": satu baris untuk satu inovasi. Kolom berwarna jingga wajib diisi. Arahkan tetikus ke judul kolom untuk membaca penjelasannya.",
    `3. Rancang bangun minimal ${framework.design.minWords} kata, memuat dasar hukum, permasalahan, isu strategis, metode pembaharuan, keunggulan/kebaharuan, dan tahapan inovasi.`,
    "4. Tanggal ditulis sebagai tanggal Excel atau dd/mm/yyyy (misalnya 15/03/2024).",
    "5. Untuk setiap indikator 16-35 pilih parameter dari daftar, lalu tulis bukti dukung: nama berkas, tautan, atau beberapa berkas dipisah titik koma (;). Parameter tanpa bukti dukung bernilai 0.",
    "6. Hanya inovasi pada tahap Penerapan yang dinilai. Indikator 33 (Kemanfaatan) juga memerlukan tepat satu dasar a-f.",
    "7. Jalankan: iid-check check berkas.xlsx (ringkasan dan saran) atau iid-check annotate berkas.xlsx -o hasil.xlsx (salinan bertanda).",
    "Lembar \"Ringkasan\" dan kolom \"Skor/Status (IID Check)\" diisi oleh alat; jangan menulis di sana.",
  ];
  const en = [
    "How to fill in the Regional Innovation Index (IID) workbook",
    `Framework: ${framework.title.en}${framework.provisional ? " (provisional forecast)" : ""}.`,
    "1. \"Pemda\" sheet: enter the region name, then for each SPD indicator choose a parameter (1-3) or enter the raw figure, and name the evidence files.",
    "2. \"Inovasi\" sheet: one row per innovation. Orange columns are required. Hover over a column header to read its note.",
    `3. The design (rancang bangun) needs at least ${framework.design.minWords} words covering legal basis, problem, strategic issue, renewal method, advantages/novelty and stages.`,
    "4. Write dates as Excel dates or dd/mm/yyyy (e.g. 15/03/2024).",
    "5. For each indicator 16-35 pick the parameter from the list, then name the evidence: a file name, a link, or several files separated by semicolons (;). A parameter without evidence scores 0.",
    "6. Only innovations at the Penerapan (implementation) stage are scored. Indicator 33 (Kemanfaatan) also needs exactly one basis a-f.",
    "7. Run: iid-check check file.xlsx (summary and advice) or iid-check annotate file.xlsx -o marked.xlsx (a marked copy).",
    "The \"Ringkasan\" sheet and the \"Score/Status (IID Check)\" columns are written by the tool; do not type there.",
  ];
  const blocks = lang === "en" ? [en, id] : [id, en];
  let r = 1;
  for (const block of blocks) {
    block.forEach((line, i) => {
      const cell = sheet.getCell(r++, 1);
      cell.value = line;
      cell.alignment = { wrapText: true, vertical: "top" };
      if (i === 0) cell.font = { bold: true, size: 14 };
    });
    r++;
  }
  sheet.getColumn(1).width = 120;
}

/** Writes a submission's values into a template workbook, the way a person would fill it in. */
export function fillTemplate(workbook: ExcelJS.Workbook, input: SubmissionInput, framework: Framework): void {
  const region = workbook.getWorksheet(SHEETS.region)!;
  const sheet = workbook.getWorksheet(SHEETS.innovations)!;
  if (input.region?.name) region.getCell(REGION_LAYOUT.nameCell.row, REGION_LAYOUT.nameCell.column).value = String(input.region.name);
  regionRows(framework).forEach((spec, i) => {
    const answer = input.region?.indicators?.[spec.key];
    if (!answer) return;
    const row = region.getRow(REGION_LAYOUT.headerRow + 1 + i);
    const definition = framework.indicatorByKey.get(spec.key)!;
    if (answer.level !== undefined && answer.level !== null) row.getCell(3).value = levelText(answer.level, definition.options);
    if (answer.value !== undefined && answer.value !== null) row.getCell(4).value = answer.value;
    const evidence = evidenceText(answer.evidence);
    if (evidence) row.getCell(5).value = evidence;
  });
  const columns = innovationColumns(framework);
  (input.innovations ?? []).forEach((innovation, r) => {
    const row = sheet.getRow(r + 2);
    innovationRowValues(innovation, framework, columns).forEach((value, c) => {
      if (value !== undefined) row.getCell(c + 1).value = value;
    });
  });
}

/** One innovation as the template's cell values, in column order (undefined = leave blank). */
export function innovationRowValues(
  innovation: NonNullable<SubmissionInput["innovations"]>[number],
  framework: Framework,
  columns: readonly TemplateColumn[] = innovationColumns(framework),
): (ExcelJS.CellValue | undefined)[] {
  return columns.map((column) => cellFor(column, innovation, framework));
}

function cellFor(column: TemplateColumn, innovation: NonNullable<SubmissionInput["innovations"]>[number], framework: Framework): ExcelJS.CellValue | undefined {
  const target = column.target;
  if (target.kind === "profile") {
    const raw = innovation[target.key];
    if (raw === undefined || raw === null || raw === "") return undefined;
    if (Array.isArray(raw)) return raw.length ? raw.join("; ") : undefined;
    if (column.kind === "date" && typeof raw === "string" && /^\d{4}-\d{2}-\d{2}$/.test(raw)) return new Date(`${raw}T00:00:00Z`);
    return raw as string | number;
  }
  const answer = innovation.indicators?.[target.key];
  if (!answer) return undefined;
  if (target.part === "evidence") return evidenceText(answer.evidence);
  if (target.part === "basis") return answer.basis ?? undefined;
  if (target.part === "level" && answer.level !== undefined && answer.level !== null) {
    const definition = framework.indicatorByKey.get(target.key)!;
    return definition.bases ? answer.level : levelText(answer.level, definition.options);
  }
  return undefined;
}

/** A numeric level as the drop-down shows it ("2 - ..."); text is kept as typed. */
function levelText(level: string | number, options: readonly { level: number; label: string }[]): string | number {
  if (typeof level !== "number") return level;
  const option = options.find((o) => o.level === level);
  return option ? optionText(option.level, option.label) : level;
}

function evidenceText(evidence: unknown): string | undefined {
  if (evidence === undefined || evidence === null) return undefined;
  if (typeof evidence === "string") return evidence || undefined;
  if (Array.isArray(evidence)) {
    const names = evidence.map((e) => (typeof e === "string" ? e : String((e as { url?: string; name: string }).url ?? (e as { name: string }).name)));
    return names.length ? names.join("; ") : undefined;
  }
  return undefined;
}

/** Writes to a temporary file in the target's directory, then renames: readers never see half a file. */
export async function writeWorkbookAtomically(workbook: ExcelJS.Workbook, path: string, options: { compressionLevel?: number } = {}): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    // exceljs passes `zip` to its zip writer; the typings do not list it.
    const zip = options.compressionLevel === undefined ? {} : { zip: { compression: "DEFLATE", compressionOptions: { level: options.compressionLevel } } };
    await workbook.xlsx.writeFile(temp, zip as Partial<ExcelJS.XlsxWriteOptions>);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
