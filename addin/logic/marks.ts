// What the add-in paints in the grid and how it takes it back: one fill per severity, a note
// with a fixed prefix (so only our notes are ever edited), and a snapshot of the user's own
// fills so "Hapus tanda" restores them exactly. Pure planning; addin/excel/marks.ts executes.
import { NOTE_PREFIX, SEVERITIES, SEVERITY_FILL_RGB, severityRank, type Severity } from "../../core/index.ts";
import type { FillSnapshot } from "../excel/api.ts";

/** The fills shared with the CLI (core/workbook/summary.ts), in Office.js's "#RRGGBB" form. */
export const SEVERITY_FILL = Object.fromEntries(SEVERITIES.map((s) => [s, `#${SEVERITY_FILL_RGB[s]}`])) as Record<Severity, string>;

export { NOTE_PREFIX };
export const isOwnNote = (content: string): boolean => content.startsWith(NOTE_PREFIX);

/** Document setting that keeps the fill snapshot across task-pane sessions. */
export const SNAPSHOT_SETTING = "iidCheck.fillSnapshot";

/** Per sheet, per cell address ("F12"): the fill the cell had before we painted it. */
export type FillSnapshotStore = Record<string, Record<string, FillSnapshot>>;

export type CellMark = { address: string; severity: Severity; messages: string[] };

/** One mark per cell: the worst severity wins the colour; all messages go into the note. */
export function marksByCell(items: readonly { address: string; severity: Severity; message: string }[]): CellMark[] {
  const byCell = new Map<string, CellMark>();
  for (const item of items) {
    const mark = byCell.get(item.address);
    if (!mark) byCell.set(item.address, { address: item.address, severity: item.severity, messages: [item.message] });
    else {
      if (severityRank(item.severity) < severityRank(mark.severity)) mark.severity = item.severity;
      if (!mark.messages.includes(item.message)) mark.messages.push(item.message);
    }
  }
  return [...byCell.values()];
}

export function noteText(mark: CellMark): string {
  return `${NOTE_PREFIX}${mark.messages.join("\n")}`;
}

export const isOurFill = (fill: FillSnapshot | undefined): boolean =>
  fill !== undefined && Object.values(SEVERITY_FILL).includes(fill.color.toUpperCase()) && fill.pattern === "Solid";

export type MarkPlan = {
  /** Cells to paint, with their colour. */
  paint: { address: string; color: string }[];
  /** Cells to give back their snapshot fill (marked before, no longer marked). */
  restore: { address: string; fill: FillSnapshot }[];
  /** The snapshot to store after painting. */
  snapshot: Record<string, FillSnapshot>;
};

/**
 * Plans a re-mark of one sheet. `current` holds the fills read just now for every cell that is
 * to be marked or was marked before. A cell's snapshot is taken once, before the first paint;
 * a cell the user repainted since (no longer our colour) keeps the user's new fill.
 */
export function planMarks(marks: readonly CellMark[], previous: Readonly<Record<string, FillSnapshot>>, current: ReadonlyMap<string, FillSnapshot>): MarkPlan {
  const wanted = new Set(marks.map((m) => m.address));
  const snapshot: Record<string, FillSnapshot> = {};
  const restore: MarkPlan["restore"] = [];
  for (const [address, fill] of Object.entries(previous)) {
    const stillOurs = isOurFill(current.get(address));
    if (wanted.has(address) && stillOurs) snapshot[address] = fill;
    else if (!wanted.has(address) && stillOurs) restore.push({ address, fill });
  }
  for (const mark of marks) {
    if (snapshot[mark.address]) continue;
    const fill = current.get(mark.address);
    if (fill) snapshot[mark.address] = fill;
  }
  return { paint: marks.map((m) => ({ address: m.address, color: SEVERITY_FILL[m.severity] })), restore, snapshot };
}

/** Clearing: give every still-marked cell its snapshot back; cells the user repainted stay as they are. */
export function planClear(previous: Readonly<Record<string, FillSnapshot>>, current: ReadonlyMap<string, FillSnapshot>): MarkPlan["restore"] {
  return Object.entries(previous)
    .filter(([address]) => isOurFill(current.get(address)))
    .map(([address, fill]) => ({ address, fill }));
}

export function parseSnapshotStore(value: unknown): FillSnapshotStore {
  if (typeof value !== "string") return {};
  try {
    const parsed = JSON.parse(value) as unknown;
    return parsed && typeof parsed === "object" ? (parsed as FillSnapshotStore) : {};
  } catch {
    return {};
  }
}
