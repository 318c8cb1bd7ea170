// Content script entry (document_end, top frame): settings, messages with the popup and the
// background, navigation in single-page portals, and draft recovery around one ContentApp per page.
// It runs on every portal page, so it carries only what finding a form takes; the checker comes
// with the form kit (content/form.js), loaded once a form is recognised (loadFormKit).
import { getFramework } from "../../core/framework/registry.ts";
import { browser } from "../lib/browser.ts";
import { onMessage, sendToBackground } from "../lib/protocol.ts";
import { isSiteEnabled, loadSettings, onSettingsChanged, type Settings } from "../lib/settings.ts";
import { ContentApp } from "./app.ts";
import { clearDraft, DRAFT_FIELDS, loadDraft, pruneDrafts, saveDraft, type DraftField } from "./drafts.ts";
import type { FormField } from "./fields/collect.ts";
import type { FormKit } from "./form-kit.ts";
import { readField } from "./fields/read.ts";
import { profileFor } from "./profiles/index.ts";
import { sharedState } from "./shared.ts";

const DRAFT_SAVE_DELAY = 2000;
const URL_POLL_MS = 1000;

/** The test build (fixed manifest key) lets fixture pages make the checker throw; the store build never does. */
function isTestBuild(): boolean {
  try {
    return typeof (browser.runtime.getManifest() as { key?: unknown }).key === "string";
  } catch {
    return false;
  }
}

let settings: Settings;
let app: ContentApp | undefined;
let page: AbortController | undefined;
let lastBadge = -1;
let lastUrl = "";
const forever = new AbortController().signal;
const testBuild = isTestBuild();

let kitLoading: Promise<FormKit> | undefined;

/**
 * The form kit, injected into this frame by the background at most once: it stays in our isolated
 * world for the frame's life, so later forms (a single-page portal's next page) reuse it. A failed
 * load is asked again only by the next page's ContentApp.
 */
function loadFormKit(): Promise<FormKit> {
  kitLoading ??= (async () => {
    if (!sharedState().kit) await sendToBackground({ type: "load-form-kit" });
    const kit = sharedState().kit;
    if (!kit) throw new Error("content/form.js did not load");
    return kit;
  })();
  kitLoading.catch(() => {
    kitLoading = undefined;
  });
  return kitLoading;
}

function pageKey(href: string): string {
  const u = new URL(href);
  return u.origin + u.pathname + u.search;
}

function boot(): void {
  page?.abort();
  page = new AbortController();
  lastUrl = pageKey(location.href);
  if (!isSiteEnabled(settings, location.origin)) {
    sharedState().mode = "off";
    // the stopped page's count no longer applies: neither the badge nor the popup shows it
    app = undefined;
    if (lastBadge > 0) sendToBackground({ type: "set-badge", count: 0 }).catch(() => undefined);
    lastBadge = -1;
    return;
  }
  const framework = getFramework(settings.framework);
  const current = new ContentApp(
    {
      doc: document,
      framework,
      profile: profileFor(new URL(location.href)),
      lang: settings.lang,
      mode: settings.mode,
      allowTestCrash: testBuild,
      loadKit: loadFormKit,
      onChecked: (a) => {
        const errors = a.counts().error;
        // a recognised form waiting for its checker has no count yet (not 0): the badge keeps its last one
        const waiting = a.recognised && !a.result;
        if (!waiting && errors !== lastBadge) {
          lastBadge = errors;
          sendToBackground({ type: "set-badge", count: errors }).catch(() => undefined);
        }
        if (settings.draftRecovery) scheduleDraftSave(a);
      },
    },
    page.signal,
  );
  app = current;
  current.start();
  if (settings.draftRecovery) void offerDraft(current, page.signal);
}

let draftTimer: ReturnType<typeof setTimeout> | undefined;
function scheduleDraftSave(a: ContentApp): void {
  clearTimeout(draftTimer);
  draftTimer = setTimeout(() => {
    if (a !== app || !a.recognised || !a.state) return;
    const texts: Partial<Record<DraftField, string>> = {};
    for (const key of DRAFT_FIELDS) {
      const value = a.state.input[key];
      if (typeof value === "string") texts[key] = value;
    }
    void saveDraft(location.href, texts).catch(() => undefined);
  }, DRAFT_SAVE_DELAY);
}

async function offerDraft(a: ContentApp, signal: AbortSignal): Promise<void> {
  await pruneDrafts().catch(() => 0);
  const draft = await loadDraft(location.href).catch(() => undefined);
  if (!draft || signal.aborted || !a.state) return;
  // offered only for fields that are empty now: a draft never overwrites what the page already holds
  const empty = DRAFT_FIELDS.filter((key) => draft.texts[key] && a.state!.fieldAt.has(key) && a.state!.input[key] === undefined);
  if (empty.length === 0) return;
  const labels = empty.map((key) => a.state!.fieldAt.get(key)!.label || key);
  a.setDraftOffer({
    savedAt: draft.savedAt,
    labels,
    restore: () => {
      for (const key of empty) {
        const field = a.state?.fieldAt.get(key);
        if (field && readField(field) === undefined) restoreInto(field, draft.texts[key]!);
      }
    },
    clear: () => void clearDraft(location.href).catch(() => undefined),
  });
}

/** Puts a draft back at the officer's request, the way typing would (so the page's own scripts notice). */
function restoreInto(field: FormField, text: string): void {
  const el = field.element;
  el.focus();
  if (field.kind === "editable") {
    // the editor's own input handling keeps its hidden textarea in step
    el.ownerDocument.execCommand("insertText", false, text);
    return;
  }
  const input = el as HTMLTextAreaElement;
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), "value")?.set;
  if (setter) setter.call(input, text);
  else input.value = text;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  input.dispatchEvent(new Event("change", { bubbles: true }));
}

function watchNavigation(): void {
  const check = (): void => {
    if (pageKey(location.href) !== lastUrl) boot();
  };
  addEventListener("popstate", check, { signal: forever });
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener("navigatesuccess", check, { signal: forever });
  // pushState fires no event in the page's world we can hear from ours: compare now and then
  const timer = setInterval(() => {
    check();
    // forms that render late into shadow roots or iframes we did not observe yet
    if (app && !app.recognised) app.scheduleRecollect();
  }, URL_POLL_MS);
  forever.addEventListener("abort", () => clearInterval(timer), { once: true });
}

async function main(): Promise<void> {
  settings = await loadSettings();
  onMessage(
    {
      "get-state": () => {
        const a = app;
        a?.refresh();
        return {
          recognised: a?.recognised ?? false,
          fields: a?.state?.recognised ?? 0,
          completeness: a?.completeness() ?? 0,
          points: a?.recognised ? (a.result?.points ?? 0) : 0,
          maxPoints: a?.result?.maxPoints ?? 111,
          counts: a?.counts() ?? { error: 0, warning: 0, info: 0 },
          frameworkId: settings.framework,
        };
      },
      "open-panel": () => {
        app?.openPanel();
        return { ok: !!app?.recognised };
      },
    },
    forever,
  );
  onSettingsChanged((next, changed) => {
    settings = next;
    if (changed.includes("framework") || changed.includes("disabledSites") || changed.includes("draftRecovery")) boot();
    else {
      if (changed.includes("mode")) app?.setMode(next.mode);
      if (changed.includes("lang")) app?.setLang(next.lang);
    }
  }, forever);
  boot();
  watchNavigation();
}

main().catch((error: unknown) => {
  // The guard then finds no state and lets every submission through (fail open).
  console.error("IID Check:", error);
});
