// @vitest-environment happy-dom
// The form kit (the checker and its UI, content/form.js) is loaded only once a page shows a form,
// once, and while it is not there, or cannot be loaded at all, the submit guard lets everything
// through (fail open). Real injection by the background: test/extension/e2e/form-kit.test.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getFramework } from "../../../core/framework/registry.ts";
import { ContentApp } from "../../../extension/content/app.ts";
import { formKit, type FormKit } from "../../../extension/content/form-kit.ts";
import { profileFor } from "../../../extension/content/profiles/index.ts";
import { sharedState } from "../../../extension/content/shared.ts";

const FIXTURES = join(import.meta.dirname, "..", "fixtures");
const FORM = /<body>([\s\S]*)<\/body>/.exec(readFileSync(join(FIXTURES, "plain.html"), "utf8"))![1]!;
let controller: AbortController;
let sent: number;

beforeAll(async () => {
  await import("../../../extension/content/guard.ts");
});

beforeEach(() => {
  controller = new AbortController();
  sent = 0;
  sharedState().warned = false;
});

afterEach(() => {
  controller.abort();
  vi.restoreAllMocks();
});

function start(loadKit: () => FormKit | Promise<FormKit>): ContentApp {
  const app = new ContentApp({ doc: document, framework: getFramework("iid-2026"), profile: profileFor(new URL(location.href)), lang: "id", mode: "block", today: "2026-05-01", loadKit }, controller.signal);
  app.start();
  return app;
}

/** Shows the innovation form with a "Kirim" that sends by script (the guard judges its click). */
function showForm(): void {
  document.body.innerHTML = FORM.replace('<button type="submit">Kirim</button>', '<button type="button" id="send">Kirim</button>');
  document.getElementById("send")!.addEventListener("click", () => sent++, { signal: controller.signal });
}

const send = (): void => document.getElementById("send")!.click();
const ui = (): Element | null => document.querySelector("iid-check-ui");

describe("loading the form kit", () => {
  it("waits for a form: a page without one never asks, the form's arrival asks once, later changes never again", async () => {
    document.body.innerHTML = `<h1>Daftar Inovasi</h1><table><tr><td>SIPANDU</td></tr></table>`;
    const loadKit = vi.fn(() => formKit);
    const app = start(loadKit);
    app.recollect();
    expect(loadKit).not.toHaveBeenCalled();
    // a single-page portal renders the form into the same page
    showForm();
    app.recollect();
    expect(app.recognised).toBe(true);
    expect(loadKit).toHaveBeenCalledTimes(1);
    expect(sharedState().errors!()).toBeGreaterThan(0);
    document.querySelector("form")!.replaceWith(document.querySelector("form")!.cloneNode(true));
    app.recollect();
    app.recheck();
    expect(loadKit).toHaveBeenCalledTimes(1);
  });

  it("lets submissions through until the kit is there, then checks, marks and stops", async () => {
    showForm();
    let deliver!: (kit: FormKit) => void;
    const app = start(() => new Promise<FormKit>((resolve) => (deliver = resolve)));
    expect(app.recognised).toBe(true);
    // the gap: a form with errors, but nothing checked yet
    expect(sharedState().errors!()).toBe(0);
    expect(ui()).toBeNull();
    send();
    expect(sent).toBe(1);
    deliver(formKit);
    await vi.waitFor(() => expect(ui()).not.toBeNull());
    expect(app.overlay!.current!.marks.length).toBeGreaterThan(0);
    expect(sharedState().errors!()).toBeGreaterThan(0);
    send();
    expect(sent).toBe(1);
  });

  it("opens the panel the popup asked for before the kit was there, once it is", async () => {
    showForm();
    let deliver!: (kit: FormKit) => void;
    const app = start(() => new Promise<FormKit>((resolve) => (deliver = resolve)));
    app.openPanel();
    deliver(formKit);
    await vi.waitFor(() => expect(app.overlay?.isOpen).toBe(true));
  });
});

describe("a kit that cannot be loaded", () => {
  it.each([
    ["rejects", () => Promise.reject(new Error("executeScript failed"))],
    ["throws", () => {
      throw new Error("no background");
    }],
  ] as const)("(the load %s) leaves the form unchecked and every submission through, and throws nothing into the page", async (_how, loadKit) => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    showForm();
    const app = start(loadKit);
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    expect(app.recognised).toBe(true);
    expect(app.counts()).toEqual({ error: 0, warning: 0, info: 0 });
    expect(sharedState().errors!()).toBe(0);
    send();
    send();
    expect(sent).toBe(2);
    expect(ui()).toBeNull();
    // the popup's "open panel" has nothing to open, and says so without failing
    expect(() => app.openPanel()).not.toThrow();
  });
});
