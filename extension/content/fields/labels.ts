// What a field is called, read the ways people lay out forms (Bitwarden's autofill order): explicit
// <label for>, an ancestor <label>, aria-labelledby / aria-label, the table cell to the left or
// above, the text just before it, then placeholder, title and finally the name attribute.
import { byId, textOf, tidy } from "./dom.ts";

const MAX_LABEL = 160;
const CONTROL = "input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image]), select, textarea, [contenteditable=''], [contenteditable=true]";

const clean = (text: string | null | undefined): string => {
  const t = tidy(text ?? "").replace(/\s*[:*]+\s*$/, "").replace(/^\*\s*/, "");
  return t.length > MAX_LABEL ? t.slice(0, MAX_LABEL) : t;
};

function ariaLabelledBy(el: Element): string {
  const ids = el.getAttribute("aria-labelledby");
  if (!ids) return "";
  return clean(ids.split(/\s+/).map((id) => { const target = byId(el, id); return target ? textOf(target, 400) : ""; }).join(" "));
}

/** Text of the table cell left of the control's cell, or of the cell above it (table layouts without for=). */
function tableCellLabel(el: Element): string {
  const cell = el.closest("td, th");
  if (!cell) return "";
  for (let prev = cell.previousElementSibling; prev; prev = prev.previousElementSibling) {
    if (prev.querySelector(CONTROL)) {
      // an indicator grid (No | Indikator | Parameter | Bukti): the column header names this control
      const header = columnHeader(cell);
      if (header) return header;
      break;
    }
    const text = clean(textOf(prev, 400));
    // a lone ":" cell between label and control is common in Indonesian government forms
    if (text && !/^[:.\-–]+$/.test(text) && !/^\d+\.?$/.test(text)) return text;
  }
  const row = cell.parentElement as HTMLTableRowElement | null;
  const above = row?.previousElementSibling as HTMLTableRowElement | null;
  if (row && above && "cells" in row && "cells" in above) {
    const index = Array.prototype.indexOf.call(row.cells, cell);
    const upper = above.cells[index];
    if (upper && !upper.querySelector(CONTROL)) return clean(textOf(upper, 400));
  }
  return "";
}

function columnHeader(cell: Element): string {
  const table = cell.closest("table");
  const row = cell.parentElement as HTMLTableRowElement | null;
  if (!table || !row || !("cells" in row)) return "";
  const index = Array.prototype.indexOf.call(row.cells, cell);
  const head = table.querySelector("thead tr") ?? table.querySelector("tr");
  if (!head || head === row) return "";
  const th = (head as HTMLTableRowElement).cells[index];
  return th && th.localName === "th" ? clean(textOf(th, 400)) : "";
}

/** A table row's leading text cells ("16 | Regulasi Inovasi Daerah"): the row is the control's section. */
function rowHeader(el: Element): string {
  const row = el.closest("tr") as HTMLTableRowElement | null;
  if (!row) return "";
  const parts: string[] = [];
  for (const cell of Array.from(row.cells)) {
    if (cell.querySelector(CONTROL)) break;
    parts.push(textOf(cell, 400));
  }
  return clean(parts.join(" "));
}

/**
 * Text just before the control: its previous siblings, then its ancestors' previous siblings while the
 * ancestor holds no other control (so we never borrow the label of the field above).
 */
function precedingText(el: Element): string {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 4; depth++) {
    for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (prev.matches(CONTROL) || prev.querySelector(CONTROL)) return "";
      const text = clean(textOf(prev, 400));
      if (text) return text;
    }
    // text nodes directly before the control inside the same parent ("Nama Inovasi <input>")
    let text = "";
    for (let n = node.previousSibling; n; n = n.previousSibling) if (n.nodeType === 3) text = (n.nodeValue ?? "") + text;
    if (clean(text)) return clean(text);
    const parent: Element | null = node.parentElement;
    if (!parent || parent.localName === "form" || parent.localName === "body" || parent.localName === "td" || parent.localName === "th") return "";
    const controls = parent.querySelectorAll(CONTROL);
    if (controls.length > 1 && !isOneGroup(controls)) return "";
    node = parent;
  }
  return "";
}

/** Radio buttons of one name count as one control when deciding whose label a text is. */
function isOneGroup(controls: NodeListOf<Element>): boolean {
  const first = controls[0] as HTMLInputElement;
  if (first.type !== "radio" && first.type !== "checkbox") return false;
  return Array.prototype.every.call(controls, (c: HTMLInputElement) => c.type === first.type && c.name === first.name);
}

/** The label of one control, or "" when nothing names it. */
export function labelOf(el: HTMLElement): string {
  const labels = (el as HTMLInputElement).labels;
  if (labels) for (const label of Array.from(labels)) {
    const text = clean(textOf(label, 400));
    if (text) return text;
  }
  return (
    ariaLabelledBy(el) ||
    clean(el.getAttribute("aria-label")) ||
    tableCellLabel(el) ||
    precedingText(el) ||
    clean(el.getAttribute("placeholder")) ||
    clean(el.getAttribute("title")) ||
    clean(el.getAttribute("data-placeholder")) ||
    nameAsLabel(el)
  );
}

/** `nama_inovasi` / `rancangBangun` read as words: back-end field names often are the label. */
function nameAsLabel(el: Element): string {
  const name = el.getAttribute("name") ?? el.id;
  if (!name) return "";
  return clean(name.replace(/\[\]$/, "").replace(/([a-z])([A-Z])/g, "$1 $2").replace(/[_\-[\].]+/g, " "));
}

/** The label of a radio or checkbox group: its fieldset legend, its radiogroup's name, or the text before the group. */
export function groupLabelOf(members: HTMLInputElement[]): string {
  const first = members[0]!;
  const group = first.closest("[role=radiogroup], [role=group]");
  if (group) {
    const text = ariaLabelledBy(group) || clean(group.getAttribute("aria-label"));
    if (text) return text;
  }
  const fieldset = first.closest("fieldset");
  const legend = fieldset?.querySelector(":scope > legend");
  if (fieldset && legend && members.every((m) => fieldset.contains(m))) {
    const text = clean(textOf(legend, 400));
    if (text) return text;
  }
  const container = commonAncestor(members);
  const table = tableCellLabel(container.closest("td, th") ?? first);
  if (table) return table;
  const before = precedingText(container === first ? first : container);
  return before || nameAsLabel(first);
}

function commonAncestor(members: Element[]): Element {
  let node: Element | null = members[0]!.parentElement;
  while (node && !members.every((m) => node!.contains(m))) node = node.parentElement;
  return node ?? members[0]!;
}

const HEADING = "h1, h2, h3, h4, h5, h6, legend, [role=heading], caption, .card-header, .panel-heading, .card-title";

/** The nearest heading before the field: the title of its section (an indicator block's "16. Regulasi ..."). */
export function sectionsOf(el: Element): string[] {
  const row = rowHeader(el);
  const heading = headingOf(el);
  return row ? [row, heading] : [heading];
}

function headingOf(el: Element): string {
  for (let node: Element | null = el; node && node.localName !== "body"; node = node.parentElement) {
    for (let prev: Element | null = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (prev.matches(HEADING)) return clean(textOf(prev, 400));
      const inner = prev.querySelectorAll(HEADING);
      if (inner.length) return clean(textOf(inner[inner.length - 1]!, 400));
    }
  }
  return "";
}
