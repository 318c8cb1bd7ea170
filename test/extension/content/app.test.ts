// @vitest-environment happy-dom
// The page checker end to end inside one document: the word counter, the score, where findings
// point, and the always-current answer the submit guard reads.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadFramework } from "../../../core/framework/load.ts";
import { builtInDefinitions, getFramework } from "../../../core/framework/registry.ts";
import { formatFor } from "../../../core/messages/render.ts";
import { ContentApp } from "../../../extension/content/app.ts";
import { formKit } from "../../../extension/content/form-kit.ts";
import { profileFor } from "../../../extension/content/profiles/index.ts";
import { sharedState } from "../../../extension/content/shared.ts";

const FIXTURES = join(import.meta.dirname, "..", "fixtures");
let controller: AbortController;

function start(options: Partial<ConstructorParameters<typeof ContentApp>[0]> = {}): ContentApp {
  const html = readFileSync(join(FIXTURES, "plain.html"), "utf8");
  document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(html)![1]!;
  // the form kit given directly: checked at once, as main.js is once the background injected it
  const app = new ContentApp({ doc: document, framework: getFramework("iid-2026"), profile: profileFor(new URL(location.href)), lang: "id", mode: "warn", today: "2026-05-01", loadKit: () => formKit, ...options }, controller.signal);
  app.start();
  return app;
}

const q = <T extends HTMLElement>(key: string) => document.querySelector<T>(`[data-q="${key}"]`)!;
const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i}`).join(" ");

beforeEach(() => {
  controller = new AbortController();
});
afterEach(() => {
  controller.abort();
});

describe("the design word counter", () => {
  it("shows 212 / 300 kata for a 212-word design and turns to the English words when asked", () => {
    const app = start();
    q<HTMLTextAreaElement>("design").value = words(212);
    app.recheck();
    expect(app.overlay!.counterText).toBe("212 / 300 kata");
    app.setLang("en");
    expect(app.overlay!.counterText).toBe("212 / 300 words");
  });
});

describe("the counts the panel and the live region announce", () => {
  it("say 1 warning, not 1 warnings, in English", () => {
    const app = start();
    // an empty plain form: errors, one warning (Klasifikasi) and no info
    const live = () => (app.overlay as unknown as { live: HTMLElement }).live.textContent;
    expect(app.counts().warning).toBe(1);
    app.setLang("en");
    expect(live()).toBe(`${app.counts().error} errors, 1 warning, 0 info`);
    app.setLang("id");
    expect(live()).toBe(`${app.counts().error} kesalahan, 1 peringatan, 0 info`);
  });
});

describe("scores as the panel writes them", () => {
  it("are the messages' numbers, equal to two decimals without trailing zeros for every whole hundredth up to 111", () => {
    const twoDecimals = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0+$/, "").replace(/\.$/, ""));
    for (let hundredths = 0; hundredths <= 11_100; hundredths++) {
      const n = hundredths / 100;
      expect(formatFor("en").number(n)).toBe(twoDecimals(n));
      expect(formatFor("id").number(n)).toBe(twoDecimals(n).replace(".", ","));
    }
  });
});

describe("the draft offer", () => {
  it("follows a change of language, as the rest of the panel does", () => {
    const app = start();
    const draft = () => (app.overlay as unknown as { draftBox: HTMLElement }).draftBox.textContent;
    app.setDraftOffer({ savedAt: Date.UTC(2026, 4, 1, 8), labels: ["Rancang Bangun"], restore: () => undefined, clear: () => undefined });
    expect(draft()).toContain("Draf tersimpan di perangkat ini");
    expect(draft()).toContain("Pulihkan");
    app.setLang("en");
    expect(draft()).toContain("Draft kept on this device");
    expect(draft()).toContain("Restore");
  });
});

describe("a page that keeps changing", () => {
  it("still has its fields looked at again within about a second (a carousel does not postpone it for good)", async () => {
    const app = start();
    const name = q("name");
    expect(app.fields.some((f) => f.element === name)).toBe(true);
    name.closest(".row")!.remove();
    // a carousel: a class flips every 100 ms, each flip a change the observer hears
    const ticker = document.createElement("div");
    document.body.append(ticker);
    const timer = setInterval(() => ticker.classList.toggle("slide"), 100);
    try {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      expect(app.fields.some((f) => f.element === name)).toBe(false);
    } finally {
      clearInterval(timer);
    }
  });
});

describe("findings and score", () => {
  it("points each finding at its field and lists what keeps the innovation from being assessed", () => {
    const app = start();
    const view = app.overlay!.current!;
    expect(view.maxPoints).toBe(111);
    expect(view.points).toBe(0);
    expect(view.assessed).toBe(false);
    const design = view.items.find((i) => i.message.startsWith("Rancang Bangun"));
    expect(design?.element).toBe(q("design"));
    expect(view.blockers).toContain("rancang bangun kurang dari 300 kata");
    expect(view.blockers).toContain("indikator wajib 16 (Regulasi Inovasi Daerah) belum dipilih parameternya");
  });

  it("says what a mandatory indicator lacks: its parameter, then its evidence, in the words of the not-assessed finding", () => {
    const app = start();
    const blockers = () => app.overlay!.current!.blockers;
    expect(blockers()).toContain("indikator wajib 16 (Regulasi Inovasi Daerah) belum dipilih parameternya");
    q<HTMLSelectElement>("16-level").value = "3";
    app.recheck();
    expect(blockers()).toContain("indikator wajib 16 (Regulasi Inovasi Daerah) belum ada bukti dukung");
    expect(blockers().join(" ")).not.toContain("16 (Regulasi Inovasi Daerah) belum dipilih");
    app.setLang("en");
    expect(blockers()).toContain("mandatory indicator 16 (Regional innovation regulation) has no evidence");
    // at stage Penerapan the panel's finding for the innovation names the same reasons in the same words
    q<HTMLSelectElement>("stage").value = "3"; // Penerapan
    app.recheck();
    const line = app.overlay!.current!.items.find((i) => i.message.includes("is not assessed:"))!.message;
    for (const reason of blockers()) expect(line).toContain(reason);
    const file = q<HTMLInputElement>("16-file");
    const files = [new File(["x"], "perbup.pdf", { type: "application/pdf" })];
    Object.defineProperty(file, "files", { value: Object.assign(files, { item: (i: number) => files[i] ?? null }) });
    app.recheck();
    expect(blockers().join(" ")).not.toMatch(/indicator 16\b/);
  });

  it("names the framework's own design minimum and window in what keeps the innovation from being assessed", () => {
    const base = getFramework("iid-2026");
    const framework = loadFramework({ id: "uji-250", extends: "iid-2026", cycle: 2027, title: { id: "Uji", en: "Test" }, provisional: true, design: { ...(builtInDefinitions["iid-2026"]!.design as object), minWords: 250 } });
    const app = start({ framework });
    expect(app.overlay!.current!.blockers).toContain("rancang bangun kurang dari 250 kata");
    // Implemented before the window: the development date is asked for, naming the window's start.
    q<HTMLSelectElement>("stage").value = "3"; // Penerapan
    const implemented = q<HTMLInputElement>("implementationDate");
    implemented.value = "2022-03-01";
    app.recheck();
    expect(app.overlay!.current!.blockers).toContain(`diterapkan sebelum ${formatFor("id").date(base.window.implementationFrom)} tanpa Waktu Pengembangan`);
  });

  it("lists the findings of each severity in the order their fields have on the form", () => {
    const app = start();
    const items = app.overlay!.current!.items;
    const errors = items.filter((i) => i.severity === "error" && i.element).map((i) => i.element!);
    expect(errors.length).toBeGreaterThan(5);
    // the form starts with Nama Inovasi; its finding was in the middle (the core orders by key name)
    expect(errors[0]).toBe(q("name"));
    for (let i = 1; i < errors.length; i++) {
      const after = errors[i - 1]!.compareDocumentPosition(errors[i]!) & Node.DOCUMENT_POSITION_FOLLOWING;
      expect(after || errors[i - 1] === errors[i], `${i}`).toBeTruthy();
    }
    // severities stay grouped: errors, then warnings, then info
    const ranks = items.map((i) => ["error", "warning", "info"].indexOf(i.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it("says the stage is not chosen yet when it is empty, and not Penerapan only when another stage is chosen", () => {
    const app = start();
    expect(app.overlay!.current!.blockers).toContain("Tahapan belum dipilih");
    expect(app.overlay!.current!.blockers).not.toContain("bukan tahap Penerapan");
    q<HTMLSelectElement>("stage").selectedIndex = 2; // Uji Coba
    app.recheck();
    expect(app.overlay!.current!.blockers).toContain("bukan tahap Penerapan");
    expect(app.overlay!.current!.blockers).not.toContain("Tahapan belum dipilih");
    app.setLang("en");
    expect(app.overlay!.current!.blockers).toContain("not at stage Penerapan");
  });

  it("counts the points of a parameter once its evidence is there", () => {
    const app = start();
    q<HTMLSelectElement>("16-level").value = "3";
    app.recheck();
    expect(app.result!.claimed).toBe(9);
    expect(app.result!.points).toBe(0);
    const file = q<HTMLInputElement>("16-file");
    const files = [new File(["x"], "perbup.pdf", { type: "application/pdf" })];
    Object.defineProperty(file, "files", { value: Object.assign(files, { item: (i: number) => files[i] ?? null }) });
    app.recheck();
    expect(app.result!.points).toBe(9);
  });
});

describe("the state the submit guard reads", () => {
  it("answers with the current error count even before the debounced re-check ran", () => {
    start();
    const shared = sharedState();
    const before = shared.errors!();
    expect(before).toBeGreaterThan(0);
    q<HTMLInputElement>("name").value = "SIPANDU";
    q("name").dispatchEvent(new Event("input", { bubbles: true }));
    // no timer has fired: the guard's question flushes the pending re-check itself
    expect(shared.errors!()).toBe(before - 1);
  });

  it("reads the values again when the page's own script set one without any event (a jQuery date picker, select2)", () => {
    start();
    const before = sharedState().errors!();
    // no input or change event reaches us: jQuery's trigger("change") runs only jQuery's handlers
    q<HTMLInputElement>("name").value = "SIPANDU";
    expect(sharedState().errors!()).toBe(before - 1);
    q<HTMLInputElement>("name").value = "";
    expect(sharedState().errors!()).toBe(before);
  });

  it("looks at the form again when the page re-rendered it just before the send", async () => {
    const app = start();
    const before = sharedState().errors!();
    // a single-page portal swaps in a new form element with the name already filled
    const form = document.querySelector("form")!;
    const copy = form.cloneNode(true) as HTMLFormElement;
    copy.querySelector<HTMLInputElement>('[data-q="name"]')!.value = "SIPANDU";
    form.replaceWith(copy);
    await new Promise((done) => setTimeout(done, 0)); // the observer's callback, not the 250 ms re-collect
    expect(sharedState().errors!()).toBe(before - 1);
    expect(app.fields[0]!.element.isConnected).toBe(true);
  });

  it("tells the guard which forms hold the checked fields", () => {
    start();
    const search = document.createElement("form");
    search.innerHTML = `<input name="q">`;
    document.body.prepend(search);
    expect(sharedState().holds!(document.forms[1]!)).toBe(true);
    expect(sharedState().holds!(search)).toBe(false);
  });

  it("knows a form whose fields stand outside it, tied to it by their form attribute", async () => {
    start();
    // the same page, but the fields stand in a <div> and name the form they belong to
    const body = document.body.innerHTML.replace(/<form\b[^>]*>/, "<div>").replace("</form>", "</div>").replace(/<(input|select|textarea)\b/g, '<$1 form="kirim-inovasi"');
    document.body.innerHTML = `${body}<form id="kirim-inovasi"><button>Kirim</button></form>`;
    await new Promise((done) => setTimeout(done, 0));
    expect(sharedState().holds!(document.forms.namedItem("kirim-inovasi")!)).toBe(true);
  });

  it("knows the form the page re-rendered just before the send as the one holding the fields", async () => {
    start();
    const form = document.querySelector("form")!;
    const copy = form.cloneNode(true) as HTMLFormElement;
    form.replaceWith(copy);
    await new Promise((done) => setTimeout(done, 0)); // the observer's callback, not the 250 ms re-collect
    // the guard asks holds() before errors(): a new form must not pass for a search box
    expect(sharedState().holds!(copy)).toBe(true);
  });

  it("starts a new page's checker without the warning the last page's stopped send used", () => {
    sharedState().warned = true;
    start();
    expect(sharedState().warned).toBe(false);
  });

  it("withdraws its answer when the page is left (a navigation aborts the checker)", () => {
    start();
    expect(typeof sharedState().errors).toBe("function");
    controller.abort();
    expect(sharedState().errors).toBeUndefined();
    expect(document.querySelector("iid-check-ui")).toBeNull();
  });

  it("stays out of the way of a form that is not an innovation form, without even loading the checker", () => {
    document.body.innerHTML = `<form><label for="u">Username</label><input id="u"><label for="p">Kata sandi</label><input id="p" type="password"></form>`;
    let asked = 0;
    const loadKit = () => (asked++, formKit);
    const app = new ContentApp({ doc: document, framework: getFramework("iid-2026"), profile: profileFor(new URL(location.href)), lang: "id", mode: "warn", loadKit }, controller.signal);
    app.start();
    expect(app.recognised).toBe(false);
    expect(asked).toBe(0);
    expect(sharedState().errors!()).toBe(0);
    expect(document.querySelector("iid-check-ui")).toBeNull();
  });

  it("goes quiet once the form has left the page (hiding our own UI is not a change of the page)", async () => {
    let checks = 0;
    const app = start({ onChecked: () => checks++ });
    document.querySelector("form")!.remove();
    await new Promise((done) => setTimeout(done, 1200));
    expect(app.recognised).toBe(false);
    expect(app.overlay!.host.hidden).toBe(true);
    // the start and the one re-collect after the removal, not one every 250 ms
    expect(checks).toBe(2);
  });
});
