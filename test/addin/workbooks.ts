// Innovation sheets for the adapter tests, built from core's template layout so they read
// like the workbooks staff fill in: a header row, then one innovation per row.
import { getFramework, innovationColumns, OWN_COLUMNS, type TemplateColumn } from "../../core/index.ts";
import type { FakeWorkbook } from "./fake-excel.ts";

const framework = getFramework();
export const columns: TemplateColumn[] = innovationColumns(framework);
export const headers = columns.map((c) => c.header);
export const columnIndex = (id: string): number => columns.findIndex((c) => c.id === id);

const DESIGN = Array.from({ length: 320 }, (_, i) => ["layanan", "warga", "digital", "pengaduan", "cepat", "terpadu", "data", "desa"][i % 8]).join(" ");

/** One complete innovation row; `overrides` by column id ("stage", "ind:16:level"). */
export function innovationRow(n: number, overrides: Record<string, unknown> = {}): unknown[] {
  const values: Record<string, unknown> = {
    name: `Inovasi ${n}`,
    agency: "Dinas Kesehatan",
    stage: "Penerapan",
    initiator: "OPD",
    initiatorName: "Tim Dinkes",
    classification: "Inovasi Perangkat Daerah",
    type: "Digital",
    form: "Inovasi Pelayanan Publik",
    mainAffair: "Kesehatan",
    trialDate: "15/03/2023",
    implementationDate: "01/02/2024",
    design: DESIGN,
    goal: "Mempercepat layanan",
    benefit: "Warga terlayani lebih cepat",
    result: "Waktu layanan turun",
    ...overrides,
  };
  return columns.map((c) => {
    if (c.id in values) return values[c.id];
    if (c.kind === "level") return c.list?.[1] ?? "2";
    if (c.kind === "evidence" && c.target.kind === "indicator") {
      const rule = framework.indicatorByKey.get(c.target.key)!.evidence;
      return rule.links === "video" ? "https://youtu.be/iid-check-demo" : `bukti-${c.target.key}.${rule.fileTypes[0]}`;
    }
    if (c.kind === "basis") return "a";
    return "";
  });
}

export function innovationSheet(book: FakeWorkbook, rows: number, options: { name?: string; title?: boolean; own?: boolean; row?: (n: number) => unknown[] } = {}) {
  const data: unknown[][] = [];
  if (options.title) data.push(["Daftar Inovasi Daerah 2026"], []);
  data.push(options.own ? [...headers, OWN_COLUMNS.score, OWN_COLUMNS.status] : headers);
  for (let i = 1; i <= rows; i++) data.push(options.row?.(i) ?? innovationRow(i));
  return book.addSheet(options.name ?? "Inovasi", data);
}
