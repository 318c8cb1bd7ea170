// The task pane: buttons wired to the workflow, results rendered from plain view data. All
// text goes in through textContent (cell text is user input and never becomes HTML).
import { formatGain, SHEETS, uiStrings, type Lang, type Report } from "../../core/index.ts";
import { uiAddin } from "../../core/messages/ui-addin.ts";
import type { SheetChange } from "../excel/office.ts";
import { MAX_ROWS } from "../excel/read.ts";
import { findingItems, findingLine, formatNumber, groupFindings, type FindingItem } from "../logic/view.ts";
import {
  checkWorkbook, clearWorkbookMarks, editedRows, goToFinding, insertTemplate, installWorkbookDropdowns, MAX_MARKED_CELLS, recheckEditedRows, relabel,
  type AddinDeps, type CheckOutcome,
} from "../workflow.ts";

export type PaneEnv = {
  deps: AddinDeps;
  /** Starts listening to worksheet changes; resolves to a function that stops. */
  watch?: (onChange: (change: SheetChange) => void) => Promise<() => Promise<void>>;
  storage?: Pick<Storage, "getItem" | "setItem">;
  /** Debounce for live mode, in ms. */
  liveDelayMs?: number;
};

type Checked = Extract<CheckOutcome, { kind: "checked" }>;

/** Where the language switch keeps the user's choice (the ribbon command and the entry page read it too). */
export const LANG_KEY = "iidCheck.lang";
/** Findings shown per severity group; the count above always says how many there are. */
const SHOWN_PER_GROUP = 200;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string; attrs?: Record<string, string> } = {}, ...children: Node[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

export function mountPane(root: HTMLElement, env: PaneEnv): { check: () => Promise<void> } {
  let lang: Lang = env.storage?.getItem(LANG_KEY) === "en" ? "en" : "id";
  let checked: Checked | undefined;
  let report: Report | undefined;
  let chosenSheet: string | undefined;
  let busy = false;
  let stopWatching: (() => Promise<void>) | undefined;
  /** Counts the live box's ticks and unticks: a listener that arrives after a later one is removed. */
  let liveTurn = 0;
  let liveTimer: ReturnType<typeof setTimeout> | undefined;
  let ignoreChangesUntil = 0;
  let message: { text: string; tone: "info" | "warning" | "error" } | undefined;

  const t = () => uiAddin(lang);
  /** The status line's text for a failure: Excel's (or our) own message. */
  const failure = (error: unknown) => t().failed(error instanceof Error ? error.message : String(error));

  // Static skeleton; texts are (re)filled by render().
  const title = el("h1", { className: "pane-title" });
  const langButton = el("button", { className: "link-button", attrs: { type: "button", id: "lang-switch" } });
  const checkButton = el("button", { className: "button primary", attrs: { type: "button", id: "check" } });
  const clearButton = el("button", { className: "button", attrs: { type: "button", id: "clear-marks" } });
  const dropdownButton = el("button", { className: "button", attrs: { type: "button", id: "dropdowns" } });
  const templateButton = el("button", { className: "button", attrs: { type: "button", id: "template" } });
  // A labelled group (not role=toolbar, which promises arrow-key navigation): Tab moves between buttons.
  const toolbar = el("div", { className: "toolbar", attrs: { role: "group" } }, checkButton, clearButton, dropdownButton, templateButton);
  const liveInput = el("input", { attrs: { type: "checkbox", id: "live" } });
  const liveLabel = el("label", { className: "toggle", attrs: { for: "live" } });
  const sheetLabel = el("label", { attrs: { for: "sheet-picker" } });
  const sheetSelect = el("select", { attrs: { id: "sheet-picker" } });
  const sheetRow = el("div", { className: "field", attrs: { hidden: "" } }, sheetLabel, sheetSelect);
  const status = el("p", { className: "status", attrs: { role: "status", "aria-live": "polite", id: "status" } });
  const results = el("div", { attrs: { id: "results" } });
  root.replaceChildren(
    el("header", { className: "pane-header" }, title, langButton),
    toolbar,
    el("div", { className: "field" }, liveInput, liveLabel),
    sheetRow,
    status,
    results,
  );

  const setBusy = (value: boolean) => {
    busy = value;
    for (const b of [checkButton, clearButton, dropdownButton, templateButton]) b.disabled = value;
    root.setAttribute("aria-busy", String(value));
  };

  async function action(work: () => Promise<void>): Promise<void> {
    if (busy) return;
    setBusy(true);
    message = { text: t().working, tone: "info" };
    renderStatus();
    try {
      await work();
    } catch (error) {
      message = { text: failure(error), tone: "error" };
    } finally {
      // Our own writes raise change events too; without triggerSource (ExcelApi 1.14) they are
      // told apart only by time.
      ignoreChangesUntil = Date.now() + 1500;
      setBusy(false);
      render();
    }
  }

  async function runCheck(edits: readonly SheetChange[] = []): Promise<void> {
    const edit = checked && edits.length ? mergeEdits(edits) : undefined;
    const outcome =
      checked && edit
        ? await recheckEditedRows(env.deps, checked, edit, { lang, write: true })
        : await checkWorkbook(env.deps, { lang, write: true, ...(chosenSheet ? { sheet: chosenSheet } : {}) });
    if (outcome.kind === "no-sheet") {
      checked = undefined;
      report = undefined;
      message = { text: t().noSheet, tone: "warning" };
      return;
    }
    checked = outcome;
    chosenSheet = outcome.sheet;
    report = outcome.report;
    const notes = [];
    if (outcome.write && !outcome.write.written) notes.push(t().protectedSheets(outcome.write.protectedSheets));
    else if (outcome.write?.written) notes.push(t().marksWritten(outcome.write.painted));
    if (outcome.unmarkedCells) notes.push(t().marksCapped(outcome.unmarkedCells, MAX_MARKED_CELLS));
    if (outcome.write?.written && !env.deps.caps.notes) notes.push(t().notesUnavailable);
    // lastRow is how far the sheet reaches; the check stopped at MAX_ROWS.
    if (outcome.truncated) notes.push(t().truncated(MAX_ROWS));
    message = { text: notes.join(" "), tone: outcome.write && !outcome.write.written ? "warning" : "info" };
  }

  checkButton.addEventListener("click", () => void action(() => runCheck()));
  clearButton.addEventListener("click", () =>
    void action(async () => {
      const sheets = checked ? [checked.sheet, checked.state.region?.name ?? SHEETS.region] : [chosenSheet ?? SHEETS.innovations, SHEETS.region];
      const outcome = await clearWorkbookMarks(env.deps, sheets);
      message = outcome.cleared ? { text: t().marksCleared(outcome.restored, outcome.notesRemoved), tone: "info" } : { text: t().protectedSheets(outcome.protectedSheets), tone: "warning" };
    }),
  );
  dropdownButton.addEventListener("click", () =>
    void action(async () => {
      if (!checked) await runCheck();
      if (!checked) return;
      const outcome = await installWorkbookDropdowns(env.deps, checked);
      if (!outcome) return;
      message = outcome.written ? { text: t().dropdownsInstalled(outcome.columns), tone: "info" } : { text: t().protectedSheets(outcome.protectedSheets), tone: "warning" };
    }),
  );
  templateButton.addEventListener("click", () =>
    void action(async () => {
      const outcome = await insertTemplate(env.deps, lang);
      message = { text: t().templateInserted(outcome.added, outcome.skipped), tone: "info" };
      // A fresh Inovasi sheet gets its drop-down lists right away, as the CLI's template has them.
      if (outcome.added.includes(SHEETS.innovations)) {
        const fresh = await checkWorkbook(env.deps, { lang, write: false, sheet: SHEETS.innovations });
        if (fresh.kind === "checked" && fresh.sheet === SHEETS.innovations) {
          const dropdowns = await installWorkbookDropdowns(env.deps, fresh);
          if (dropdowns?.written) message = { text: `${message.text} ${t().dropdownsInstalled(dropdowns.columns)}`, tone: "info" };
        }
      }
    }),
  );
  langButton.addEventListener("click", () => {
    lang = lang === "id" ? "en" : "id";
    env.storage?.setItem(LANG_KEY, lang);
    if (checked) report = relabel(checked, lang);
    message = undefined;
    render();
  });
  sheetSelect.addEventListener("change", () => {
    chosenSheet = sheetSelect.value;
    void action(() => runCheck());
  });
  liveInput.addEventListener("change", () => void setLive(liveInput.checked));

  async function setLive(on: boolean): Promise<void> {
    if (!env.watch) return;
    // Each tick or untick supersedes the ones before, also one whose listener Excel is still adding.
    const turn = ++liveTurn;
    if (!on) {
      // An edit's re-check still waiting on the debounce is dropped with the mode.
      clearTimeout(liveTimer);
      const stop = stopWatching;
      stopWatching = undefined;
      await stop?.();
      return;
    }
    const pending: SheetChange[] = [];
    // Change events coalesce and miss details: debounce, then re-read the edited rows (or
    // everything, when the edits cannot be pinned to rows). While a check runs, wait for it.
    const schedule = () => {
      clearTimeout(liveTimer);
      liveTimer = setTimeout(() => {
        if (busy) return schedule();
        const edits = pending.splice(0);
        void action(() => runCheck(edits));
      }, env.liveDelayMs ?? 1200);
    };
    const watching = env.watch((change) => {
      // Events still arriving while the listener is being removed (or was superseded).
      if (change.ownWrite || turn !== liveTurn) return;
      // Where Excel names the source (ExcelApi 1.14) every other change is the user's; older
      // Excel tells our own writes apart only by time, so changes during and just after an
      // action are dropped there.
      if (!env.deps.caps.triggerSource && (busy || Date.now() < ignoreChangesUntil)) return;
      pending.push(change);
      schedule();
    });
    let stop: () => Promise<void>;
    try {
      stop = await watching;
    } catch (error) {
      if (turn !== liveTurn) return;
      // Excel refused the listener: the mode is off, and the user is told why.
      liveInput.checked = false;
      message = { text: failure(error), tone: "error" };
      renderStatus();
      return;
    }
    // Unticked (or ticked again) while Excel was adding it: this listener is not the mode's.
    if (turn !== liveTurn) return void stop().catch(() => undefined);
    stopWatching = stop;
    message = { text: t().liveOn, tone: "info" };
    renderStatus();
  }

  async function select(item: FindingItem): Promise<void> {
    if (!checked) return;
    let outcome: Awaited<ReturnType<typeof goToFinding>>;
    try {
      outcome = await goToFinding(env.deps, checked, item);
    } catch (error) {
      // Excel failed the jump itself (busy, connection lost): say what Excel said, not that the row is gone.
      message = { text: failure(error), tone: "error" };
      renderStatus();
      return;
    }
    if (outcome === "moved") {
      message = { text: t().cellMoved, tone: "warning" };
      renderStatus();
    }
  }

  function renderStatus(): void {
    status.textContent = message?.text ?? "";
    status.dataset.tone = message?.tone ?? "info";
    status.hidden = !message?.text;
  }

  function render(): void {
    const ui = uiStrings(lang);
    const s = t();
    document.documentElement.lang = lang;
    title.textContent = s.appTitle;
    langButton.textContent = lang === "id" ? "English" : "Bahasa Indonesia";
    langButton.setAttribute("aria-label", `${s.language}: ${lang === "id" ? "English" : "Bahasa Indonesia"}`);
    toolbar.setAttribute("aria-label", s.toolbar);
    checkButton.textContent = checked ? s.recheck : s.check;
    clearButton.textContent = s.clearMarks;
    dropdownButton.textContent = s.installDropdowns;
    templateButton.textContent = s.insertTemplate;
    liveLabel.textContent = s.liveMode;
    liveInput.disabled = !env.watch;
    sheetLabel.textContent = s.sheetPicker;
    const candidates = checked?.candidates ?? [];
    sheetRow.hidden = candidates.length < 2;
    sheetSelect.replaceChildren(...candidates.map((name) => el("option", { text: name, attrs: { value: name } })));
    if (checked) sheetSelect.value = checked.sheet;
    renderStatus();

    if (!report) {
      results.replaceChildren(el("p", { className: "empty", text: s.notChecked }));
      return;
    }
    const r = report;
    const summary = el(
      "section",
      { className: "card summary", attrs: { "aria-labelledby": "summary-title", id: "summary" } },
      el("h2", { text: s.summary, attrs: { id: "summary-title" } }),
      el(
        "div",
        { className: "score-row" },
        el("div", { className: "metric" }, el("span", { className: "metric-label", text: ui.iid }), el("span", { className: "metric-value", text: formatNumber(r.iid, lang), attrs: { id: "iid" } })),
        el("div", { className: "metric" }, el("span", { className: "metric-label", text: ui.predikat }), el("span", { className: `badge predikat-${predikatKey(r)}`, text: r.category, attrs: { id: "predikat" } })),
      ),
      el("p", { className: "gap", text: r.next ? s.toNext(formatNumber(r.next.gap, lang), r.next.label) : s.topPredikat, attrs: { id: "gap" } }),
      el("p", { className: "assessed", text: `${ui.assessed}: ${r.score.assessed} / ${r.score.reported}`, attrs: { id: "assessed" } }),
    );
    if (r.framework.provisional) summary.append(el("p", { className: "notice", text: ui.provisional }));

    const advice = el("section", { className: "card", attrs: { "aria-labelledby": "advice-title", id: "advice" } }, el("h2", { text: ui.advice, attrs: { id: "advice-title" } }));
    if (!r.advice.length) advice.append(el("p", { className: "empty", text: s.adviceEmpty }));
    else
      advice.append(
        el("ol", { className: "advice-list" }, ...r.advice.slice(0, 10).map((a) => el("li", {}, el("span", { text: a.message }), el("span", { className: "gain", text: formatGain(a.gain, lang) })))),
      );

    const items = findingItems(r, lang);
    const groups = groupFindings(items, lang);
    const findings = el(
      "section",
      { className: "card", attrs: { "aria-labelledby": "findings-title", id: "findings" } },
      el("h2", { text: `${ui.findings} (${items.length})`, attrs: { id: "findings-title" } }),
    );
    if (!groups.length) findings.append(el("p", { className: "empty", text: ui.noFindings }));
    else findings.append(el("p", { className: "hint", text: s.selectHint }));
    for (const group of groups) {
      const list = el("ul", { className: "finding-list" });
      for (const item of group.items.slice(0, SHOWN_PER_GROUP)) list.append(findingElement(item));
      const details = el("details", { className: `group group-${group.severity}`, attrs: { open: "", "data-severity": group.severity } }, el("summary", {}, el("span", { className: `dot dot-${group.severity}`, attrs: { "aria-hidden": "true" } }), el("span", { text: `${group.label} ` }), el("span", { className: "count", text: String(group.count) })), list);
      if (group.count > SHOWN_PER_GROUP) details.append(el("p", { className: "hint", text: s.moreInGroup(group.count - SHOWN_PER_GROUP) }));
      findings.append(details);
    }
    results.replaceChildren(summary, advice, findings);
  }

  function findingElement(item: FindingItem): HTMLLIElement {
    const line = el("button", { className: "finding", text: findingLine(item), attrs: { type: "button", "data-finding": String(item.id), ...(item.target ? { "data-cell": `${item.target.sheet}!${item.target.address}` } : {}) } });
    if (!item.target) line.disabled = true;
    line.addEventListener("click", () => void select(item));
    const li = el("li", { className: `finding-item severity-${item.severity}` }, line);
    if (item.why || item.fix) {
      const body = el("div", { className: "why-fix" });
      if (item.why) body.append(el("p", {}, el("strong", { text: `${uiStrings(lang).why}: ` }), el("span", { text: item.why })));
      if (item.fix) body.append(el("p", {}, el("strong", { text: `${uiStrings(lang).fix}: ` }), el("span", { text: item.fix })));
      li.append(el("details", { className: "more" }, el("summary", { text: t().whyFix }), body));
    }
    return li;
  }

  render();
  return { check: () => action(runCheck) };
}

/** Several edits in one debounce window become one row span on one sheet (or a full check). */
function mergeEdits(edits: readonly SheetChange[]): { sheet: string; address: string; changeType: string } {
  const first = edits[0]!;
  const spans = edits.map((e) => (e.sheet === first.sheet && e.changeType === "RangeEdited" ? editedRows(e.address) : undefined));
  if (spans.some((s) => !s)) return { sheet: first.sheet, address: "", changeType: "Unknown" };
  const from = Math.min(...spans.map((s) => s!.from));
  const to = Math.max(...spans.map((s) => s!.to));
  return { sheet: first.sheet, address: `A${from}:A${to}`, changeType: "RangeEdited" };
}

function predikatKey(report: Report): string {
  return report.category.toLowerCase().replace(/\s+/g, "-");
}
