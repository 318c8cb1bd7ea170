// The standard template sheets as plain rows, from core's layout (the CLI writes the same
// layout with exceljs), for "Sisipkan templat".
import { innovationColumns, OWN_COLUMNS, REGION_LAYOUT, regionRows, SHEETS, type Framework, type Lang } from "../../core/index.ts";

export type TemplateSheet = { name: string; rows: string[][]; widths?: number[]; boldRows: number[] };

const INSTRUCTIONS: Record<Lang, string[]> = {
  id: [
    "Petunjuk pengisian",
    "1. Isi satu inovasi per baris di lembar Inovasi, mulai baris 2.",
    "2. Untuk setiap indikator pilih parameter dari daftar pilihan dan tulis nama berkas bukti dukung (pisahkan dengan titik koma).",
    "3. Isi data pemerintah daerah (indikator SPD) di lembar Pemda.",
    "4. Klik Periksa di panel IID Check; kolom Skor dan Status (IID Check) diisi oleh add-in.",
  ],
  en: [
    "How to fill in",
    "1. One innovation per row on the Inovasi sheet, from row 2.",
    "2. For each indicator choose a parameter from the drop-down and write the evidence file names (separated by semicolons).",
    "3. Fill in the region's data (SPD indicators) on the Pemda sheet.",
    "4. Click Check (Periksa) in the IID Check pane; the Skor and Status (IID Check) columns are filled by the add-in.",
  ],
};

export function templateSheets(framework: Framework, lang: Lang): TemplateSheet[] {
  const columns = innovationColumns(framework);
  const region: string[][] = [[], [REGION_LAYOUT.nameLabel, ""], [], [...REGION_LAYOUT.headers]];
  for (const row of regionRows(framework)) region.push([row.number, row.name, "", "", ""]);
  return [
    { name: SHEETS.instructions, rows: INSTRUCTIONS[lang].map((line) => [line]), widths: [110], boldRows: [1] },
    {
      name: SHEETS.innovations,
      rows: [[...columns.map((c) => c.header), OWN_COLUMNS.score, OWN_COLUMNS.status]],
      widths: [...columns.map((c) => c.width), 16, 28],
      boldRows: [1],
    },
    { name: SHEETS.region, rows: region, widths: [8, 60, 28, 14, 36], boldRows: [REGION_LAYOUT.headerRow] },
  ];
}
