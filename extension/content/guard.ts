// Submit guard, run at document_start so it is in place before the page's own scripts. It only
// decides, synchronously, from the state main.ts keeps current (./shared.ts); it never imports the
// core, never patches fetch or XHR, and lets the submission through whenever it cannot decide.
import { sharedState, type SharedState } from "./shared.ts";

type Pending = { form: HTMLFormElement; submitter: HTMLElement | null } | { control: HTMLElement };

const state: SharedState = sharedState();
let pending: Pending | undefined;
let bypass = false;
let composingEnterAt = -Infinity;

// Buttons portals use to send by script instead of a form submit.
const SEND_WORDS = /^\s*(kirim|simpan|ajukan|submit|send|save)\b/i;
// A draft save ("Simpan Draf", "Simpan Sementara", "Save as draft", "Draf") keeps the officer's work; it sends
// nothing for assessment. Only a save or the draft word alone, never with a send word: "Kirim Draf" and
// "Submit draft" send the draft.
const DRAFT_SAVE = /^\s*(?:(?:simpan|save)\b[\s\S]*\b)?(?:draf|draft|konsep|sementara)\b/i;
const SENDS = /\b(?:kirim|ajukan|submit|send)\b/i;
const isDraftSave = (name: string): boolean => DRAFT_SAVE.test(name) && !SENDS.test(name);

function errorsNow(): number {
  const count = state.errors?.();
  return typeof count === "number" && count > 0 ? count : 0;
}

/** "stop" only when main.ts answered that there are errors and the mode asks to stop; anything odd allows. */
function decide(): "allow" | "stop" {
  if (bypass) return "allow";
  try {
    const mode = state.mode;
    if (!mode || mode === "off") return "allow";
    if (errorsNow() === 0) {
      // a clean send ends the warning: the next form's first attempt with errors is stopped again
      state.warned = false;
      return "allow";
    }
    if (mode === "warn" && state.warned) {
      state.warned = false;
      return "allow";
    }
    return "stop";
  } catch {
    return "allow";
  }
}

/** A form the checked fields are not in (a search box, a filter): none of our business. Anything odd counts as foreign (fail open). */
function foreign(form: HTMLFormElement | null | undefined): boolean {
  if (!form || !state.holds) return false;
  try {
    return !state.holds(form);
  } catch {
    return true;
  }
}

function stop(event: Event, what: Pending): void {
  event.preventDefault();
  event.stopImmediatePropagation();
  pending = what;
  const mode = state.mode ?? "warn";
  if (mode === "warn") state.warned = true;
  try {
    state.stopped?.(mode);
  } catch {
    // the panel failing to open must not break the page
  }
}

function isSubmitButton(el: Element): boolean {
  const type = (el.getAttribute("type") ?? "").toLowerCase();
  if (el.localName === "button") return type === "" || type === "submit";
  return el.localName === "input" && (type === "submit" || type === "image");
}

/** What a button says: an input's value, else its aria-label or text. */
function nameOf(el: Element): string {
  return el.localName === "input" ? (el as HTMLInputElement).value : (el.getAttribute("aria-label") ?? el.textContent ?? "");
}

/**
 * A draft save was clicked in this task: a submit without a submitter that follows it (the save
 * button's own handler calling form.requestSubmit()) is that save, not a send.
 */
let draftClicked = false;

/** A control that sends the form: a submit button, or a button named Kirim/Simpan/Ajukan/Submit (a draft save is neither). */
function candidate(target: EventTarget | null): HTMLElement | undefined {
  const el = target instanceof Element ? target.closest("button, input, a, [role=button]") : null;
  if (!el) return undefined;
  const name = nameOf(el);
  if (isDraftSave(name)) {
    draftClicked = true;
    setTimeout(() => (draftClicked = false), 0);
    return undefined;
  }
  if (isSubmitButton(el)) return el as HTMLElement;
  return SEND_WORDS.test(name) ? (el as HTMLElement) : undefined;
}

function onKeydown(event: KeyboardEvent): void {
  if (event.isComposing || event.keyCode === 229) composingEnterAt = event.timeStamp;
}

function onSubmit(event: Event): void {
  const form = event.target;
  if (!(form instanceof HTMLFormElement || (form as Element | null)?.localName === "form") || foreign(form as HTMLFormElement)) return;
  const submitter = (event as SubmitEvent).submitter ?? null;
  if (submitter ? isDraftSave(nameOf(submitter)) : draftClicked) return;
  // Enter that confirms an IME composition is not an attempt to send: stop it quietly if needed.
  if (!submitter && event.timeStamp - composingEnterAt < 100) {
    let errors = 0;
    try {
      errors = state.mode && state.mode !== "off" ? errorsNow() : 0;
    } catch {
      errors = 0;
    }
    if (errors > 0) event.preventDefault();
    return;
  }
  if (decide() === "stop") stop(event, { form: form as HTMLFormElement, submitter });
}

function onClick(event: Event): void {
  // composedPath()[0]: a button inside an open shadow root, not its host
  const control = candidate(event.composedPath()[0] ?? event.target);
  // A submit button inside a form is judged by the submit event it causes.
  if (!control || (isSubmitButton(control) && (control as HTMLButtonElement).form)) return;
  // a "Simpan" of another form on the page (a filter, a dialog) does not send the innovation
  if (foreign((control as HTMLButtonElement).form ?? control.closest("form"))) return;
  if (decide() === "stop") stop(event, { control });
}

const guarded = new WeakSet<EventTarget>();

/**
 * Guards a window (the top one, or a same-origin iframe's) or a shadow root. A shadow root needs its
 * own submit listener because submit events do not cross shadow boundaries; clicks and keys do.
 */
function guard(target: EventTarget, kind: "window" | "shadow"): void {
  if (guarded.has(target)) return;
  guarded.add(target);
  target.addEventListener("submit", onSubmit, true);
  if (kind === "window") {
    target.addEventListener("keydown", onKeydown as EventListener, true);
    target.addEventListener("click", onClick, true);
  }
}

guard(window, "window");
state.guard = guard;

state.proceed = () => {
  const what = pending;
  pending = undefined;
  if (!what) return false;
  bypass = true;
  try {
    if ("form" in what) {
      if (!what.form.isConnected) return false;
      const submitter = what.submitter && what.submitter.isConnected && isSubmitButton(what.submitter) ? what.submitter : undefined;
      what.form.requestSubmit(submitter);
    } else {
      if (!what.control.isConnected) return false;
      what.control.click();
    }
    return true;
  } finally {
    bypass = false;
    state.warned = false;
  }
};
