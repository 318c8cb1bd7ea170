// The content scripts in real Chromium against fixture pages served on 127.0.0.1, one markup per
// test: what the officer sees (screenshots; our UI sits in a closed shadow root the page cannot read)
// and what the server receives (the submit guard's observable effect).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { FrameLocator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchWithExtension, openPopupFor, serveFixtures, type ExtensionSession, type FixtureServer } from "../support/launch.ts";
import { fillChoices, fillIndicators, fillProfile, fillTexts } from "./content-fill.ts";

const FIXTURES = join(import.meta.dirname, "..", "fixtures");
let session: ExtensionSession;
let server: FixtureServer;
let examples: FixtureServer;
const outside: string[] = [];

beforeAll(async () => {
  [session, server, examples] = await Promise.all([launchWithExtension(), serveFixtures(FIXTURES), serveFixtures(join(import.meta.dirname, "..", "..", "..", "examples"))]);
  session.context.on("request", (request) => {
    const url = new URL(request.url());
    const local = ["chrome-extension:", "data:", "about:", "blob:"].includes(url.protocol) || url.hostname === "127.0.0.1";
    if (!local) outside.push(request.url());
  });
  mkdirSync("test-results", { recursive: true });
}, 180_000);

afterAll(async () => {
  // the browser first: its keep-alive connections would hold the servers open
  await session?.close();
  await server?.close();
  await examples?.close();
});

const posts = (path: string) => server.requests.filter((r) => r.method === "POST" && r.url.startsWith(path));

async function open(name: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  page.setDefaultTimeout(8000);
  await page.goto(`${server.url}/${name}`);
  return page;
}

/** Our host element is attached once the form is recognised (its contents stay closed to the page). */
async function recognised(page: Page): Promise<void> {
  await page.waitForSelector("iid-check-ui", { state: "attached", timeout: 10_000 });
}

async function shot(page: Page, name: string): Promise<void> {
  // let the debounced re-check and the next frame's mark placement settle
  await page.waitForTimeout(500);
  await page.screenshot({ path: `test-results/content-${name}.png` });
}

/**
 * Closes a page whose form was just posted, once the answer page has loaded: a tab closed while that
 * navigation commits can leave Chromium's close hanging (the test then timed out, now and then).
 */
async function closeSent(page: Page): Promise<void> {
  const answer = () => page.frames().find((frame) => new URL(frame.url()).pathname === "/submit");
  await expect.poll(() => !!answer()).toBe(true);
  await answer()!.waitForLoadState("load");
  await page.close();
}

/** Sets the guard's mode in the extension's settings: pages opened afterwards start in it. */
async function setMode(mode: "warn" | "block"): Promise<void> {
  const settingsPage = await session.context.newPage();
  await settingsPage.goto(session.extensionUrl("popup/popup.html?probe=1"));
  await settingsPage.evaluate(`chrome.storage.sync.set({ mode: "${mode}" })`);
  await settingsPage.close();
}

/** Clicks a submit control and gives a navigation or a fetch time to happen (or not). */
async function attempt(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().click();
  await page.waitForTimeout(400);
}

describe.each([
  { name: "plain.html", submit: "button[type=submit]" },
  { name: "table.html", submit: "input[type=submit]" },
  { name: "richtext.html", submit: "button[type=submit]" },
  { name: "shadow.html", submit: "button[type=submit]" },
])("$name", ({ name, submit }) => {
  it("stops the first submission of an incomplete form and lets the deliberate second one through", async () => {
    const page = await open(name);
    await recognised(page);
    const before = posts("/submit").length;
    await page.locator('[data-q="name"]').first().fill("Inovasi setengah jadi");
    await attempt(page, submit);
    expect(posts("/submit").length).toBe(before);
    await shot(page, `${name}-stopped`);
    await attempt(page, submit);
    await expect.poll(() => posts("/submit").length).toBe(before + 1);
    await closeSent(page);
  });

  it("sends a complete form at the first attempt", async () => {
    const page = await open(name);
    await recognised(page);
    await fillProfile(page);
    await fillIndicators(page);
    await page.locator('[data-q="name"]').first().scrollIntoViewIfNeeded();
    await shot(page, `${name}-valid`);
    // the launcher sits at the bottom right corner; the panel it opens shows the score
    await page.mouse.click(1180, 868);
    await shot(page, `${name}-valid-panel`);
    const before = posts("/submit").length;
    await attempt(page, submit);
    await expect.poll(() => posts("/submit").length).toBe(before + 1);
    await closeSent(page);
  });
});

describe("what the officer sees", () => {
  it("marks the fields and counts the design's words as they are typed (screenshot for review)", async () => {
    const page = await open("plain.html");
    await recognised(page);
    await page.locator('[data-q="name"]').fill("SIPANDU");
    await page.locator('[data-q="stage"]').selectOption({ label: "Uji Coba" });
    await page.locator('[data-q="design"]').fill(Array.from({ length: 212 }, (_, i) => `kata${i}`).join(" "));
    await page.locator('[data-q="design"]').scrollIntoViewIfNeeded();
    await shot(page, "counter");
    await page.close();
  });
});

describe("the page stays the page's own", () => {
  it("never changes the page's form markup or the attributes of <html> and <body>, and logs no error", async () => {
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") errors.push(`${message.text()} ${message.location().url}`);
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/plain.html`);
    await recognised(page);
    await page.locator('[data-q="name"]').fill("SIPANDU");
    await page.locator('[data-q="design"]').fill("Dasar hukum");
    await attempt(page, "button[type=submit]"); // stopped: the panel opens, marks are shown
    const same = await page.evaluate(async () => {
      // a fresh parse of the same page, which no content script has touched
      const source = new DOMParser().parseFromString(await (await fetch(location.href)).text(), "text/html");
      const attrs = (el: Element) => el.getAttributeNames().map((n) => `${n}=${el.getAttribute(n)}`).join(" ");
      return {
        form: document.querySelector("form")!.outerHTML === source.querySelector("form")!.outerHTML,
        html: attrs(document.documentElement) === attrs(source.documentElement),
        body: attrs(document.body) === attrs(source.body),
        // our one element, outside <body>
        added: [...document.documentElement.children].map((c) => c.localName).filter((n) => n !== "head" && n !== "body"),
      };
    });
    expect(same).toEqual({ form: true, html: true, body: true, added: ["iid-check-ui"] });
    expect(errors.filter((e) => !/favicon/.test(e))).toEqual([]);
    await page.close();
  });
});

describe("language", () => {
  it("switches the overlay to English when the officer picks English (screenshot for review)", async () => {
    const settingsPage = await session.context.newPage();
    await settingsPage.goto(session.extensionUrl("popup/popup.html?probe=1"));
    const page = await open("plain.html");
    await recognised(page);
    await page.locator('[data-q="design"]').fill("Dasar hukum dan permasalahan");
    await settingsPage.evaluate("chrome.storage.sync.set({ lang: 'en' })");
    const popup = await openPopupFor(session, page);
    await popup.locator("#open-panel").click();
    await shot(page, "english");
    await settingsPage.evaluate("chrome.storage.sync.set({ lang: 'id' })");
    await settingsPage.close();
    await page.close();
  });
});

describe("wizard with hidden steps", () => {
  it("keeps the values of hidden steps in the check and sends a complete form at once", async () => {
    const page = await open("wizard.html");
    await recognised(page);
    await fillChoices(page);
    await page.locator(".step:not([hidden]) .next").click();
    await fillTexts(page);
    await page.locator(".step:not([hidden]) .next").click();
    await fillIndicators(page);
    await shot(page, "wizard-step3");
    const before = posts("/submit").length;
    await attempt(page, ".step:not([hidden]) button[type=submit]");
    await expect.poll(() => posts("/submit").length).toBe(before + 1);
    await closeSent(page);
  });

  it("stops an incomplete wizard once", async () => {
    const page = await open("wizard.html");
    await recognised(page);
    await page.locator(".step:not([hidden]) .next").click();
    await page.locator(".step:not([hidden]) .next").click();
    const before = posts("/submit").length;
    await attempt(page, ".step:not([hidden]) button[type=submit]");
    expect(posts("/submit").length).toBe(before);
    await attempt(page, ".step:not([hidden]) button[type=submit]");
    await expect.poll(() => posts("/submit").length).toBe(before + 1);
    await closeSent(page);
  });
});

describe("single-page app that renders late and sends with fetch", () => {
  it("finds the form after navigation, stops the first fetch-based send, then lets the second through", async () => {
    const page = await open("spa.html");
    await page.locator("#add").click();
    await page.locator('[data-q="name"]').waitFor();
    await recognised(page);
    const before = posts("/api/inovasi").length;
    await attempt(page, "#send");
    expect(posts("/api/inovasi").length).toBe(before);
    await shot(page, "spa-stopped");
    await attempt(page, "#send");
    await expect.poll(() => posts("/api/inovasi").length).toBe(before + 1);
    await page.close();
  });

  it("sends a complete form at once", async () => {
    const page = await open("spa.html");
    await page.locator("#add").click();
    await page.locator('[data-q="name"]').waitFor();
    await recognised(page);
    await fillProfile(page);
    await fillIndicators(page);
    const before = posts("/api/inovasi").length;
    await attempt(page, "#send");
    await expect.poll(() => posts("/api/inovasi").length).toBe(before + 1);
    const body = JSON.parse(posts("/api/inovasi").at(-1)!.body) as Record<string, unknown>;
    expect(body.name).toBe("SIPANDU: Layanan Kesehatan Keliling");
    await page.close();
  });
});

describe("same-origin iframe", () => {
  it("checks the form inside the frame and guards its submission", async () => {
    const page = await open("iframe.html");
    const frame: FrameLocator = page.frameLocator("iframe");
    await frame.locator('[data-q="name"]').waitFor();
    await recognised(page);
    const before = posts("/submit").length;
    await frame.locator("button[type=submit]").click();
    await page.waitForTimeout(400);
    expect(posts("/submit").length).toBe(before);
    await shot(page, "iframe-stopped");
    await frame.locator("button[type=submit]").click();
    await expect.poll(() => posts("/submit").length).toBe(before + 1);
    await closeSent(page);
  });
});

describe("other forms on the page", () => {
  it("are never stopped: a search box in the portal's header sends while the innovation form has errors", async () => {
    for (const mode of ["warn", "block"] as const) {
      await setMode(mode);
      const page = await open("plain.html");
      await recognised(page);
      await page.evaluate(() => {
        const search = document.createElement("form");
        search.method = "post";
        search.action = "/search";
        search.innerHTML = `<input name="q" value="inovasi"><button type="submit" id="cari">Cari</button> <button type="button" id="simpan-filter">Simpan filter</button>`;
        document.body.prepend(search);
        search.querySelector("#simpan-filter")!.addEventListener("click", () => void fetch("/filter", { method: "POST" }));
      });
      const before = posts("/search").length;
      const filtered = posts("/filter").length;
      await page.locator("#simpan-filter").click();
      await expect.poll(() => posts("/filter").length - filtered, { timeout: 3000 }).toBe(1);
      await attempt(page, "#cari");
      await expect.poll(() => posts("/search").length - before, { timeout: 3000 }).toBe(1);
      // the innovation form itself is still guarded
      await page.goto(`${server.url}/plain.html`);
      await recognised(page);
      const sent = posts("/submit").length;
      await attempt(page, "button[type=submit]");
      expect(posts("/submit").length).toBe(sent);
      await page.close();
    }
    await setMode("warn");
  });
});

describe("saving a draft", () => {
  it("goes through in block mode while the form has errors (a submit button named Simpan Draf)", async () => {
    await setMode("block");
    const page = await open("plain.html");
    await recognised(page);
    await page.evaluate(() => {
      const draft = document.createElement("button");
      draft.type = "submit";
      draft.name = "aksi";
      draft.value = "draf";
      draft.id = "draf";
      draft.textContent = "Simpan Draf";
      document.querySelector("form")!.append(draft);
    });
    const before = posts("/submit").length;
    await attempt(page, "#draf");
    await expect.poll(() => posts("/submit").length, { timeout: 3000 }).toBe(before + 1);
    expect(posts("/submit").at(-1)!.body).toContain("aksi=draf");
    await closeSent(page);
    await setMode("warn");
  });
});

describe("saving a draft by the page's own script", () => {
  it("goes through in block mode when a 'Simpan Draf' button's handler calls form.requestSubmit() with no submitter; a script's later send is still stopped", async () => {
    await setMode("block");
    const page = await open("plain.html");
    await recognised(page);
    await page.evaluate(() => {
      const form = document.querySelector("form")!;
      const draft = document.createElement("button");
      draft.type = "button";
      draft.id = "draf-js";
      draft.textContent = "Simpan Draf";
      draft.addEventListener("click", () => form.requestSubmit());
      form.append(draft);
    });
    const before = posts("/submit").length;
    await attempt(page, "#draf-js");
    await expect.poll(() => posts("/submit").length, { timeout: 3000 }).toBe(before + 1);
    await page.goBack();
    await recognised(page);
    // the same call from a timer, not from a draft click, is a send and is judged as one
    await page.evaluate(() => setTimeout(() => document.querySelector("form")!.requestSubmit(), 0));
    await page.waitForTimeout(400);
    expect(posts("/submit").length).toBe(before + 1);
    await page.close();
    await setMode("warn");
  });
});

describe("fail open", () => {
  it("lets the form through when the checker throws", async () => {
    const page = await open("plain.html");
    await recognised(page);
    // test build only: this attribute makes the checker throw when the guard asks it
    await page.evaluate(() => document.documentElement.setAttribute("data-iid-check-test-crash", ""));
    const before = posts("/submit").length;
    await attempt(page, "button[type=submit]");
    await expect.poll(() => posts("/submit").length).toBe(before + 1);
    await closeSent(page);
  });
});

describe("popup", () => {
  it("shows the estimated score of the form in the active tab", async () => {
    const page = await open("plain.html");
    await recognised(page);
    await fillProfile(page);
    await fillIndicators(page);
    const popup = await openPopupFor(session, page);
    await expect.poll(() => popup.locator("#score").textContent()).toBe("111");
    expect(await popup.locator("#max-score").textContent()).toBe("111");
    await popup.screenshot({ path: "test-results/content-popup.png" });
    await popup.close();
    await page.close();
  });
});

describe("the portal replica (examples/portal-form.html)", () => {
  it("is recognised field by field through the IID portal profile and sends to the local server", async () => {
    const page = await session.context.newPage();
    page.setDefaultTimeout(8000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${examples.url}/portal-form.html`);
    await recognised(page);
    const popup = await openPopupFor(session, page);
    // 16 profile fields + 20 parameters + 20 uploads + the basis of 33 + the video link of 35
    await expect.poll(() => popup.locator("#fields").textContent()).toBe("58");
    await popup.close();
    await fillProfile(page);
    await fillIndicators(page);
    await shot(page, "portal-valid");
    await page.locator("button[type=submit]").click();
    await expect.poll(() => examples.requests.filter((r) => r.method === "POST").length).toBe(1);
    expect(examples.requests.find((r) => r.method === "POST")!.headers["content-type"]).toContain("multipart/form-data");
    await closeSent(page);
  });
});

describe("draft recovery (opt-in)", () => {
  it("keeps the long texts in storage.local only after the officer opts in, and never fills a field by itself", async () => {
    const settingsPage = await session.context.newPage();
    await settingsPage.goto(session.extensionUrl("popup/popup.html?probe=1"));
    const storage = (area: "local" | "sync") => settingsPage.evaluate(`chrome.storage.${area}.get(null)`) as Promise<Record<string, unknown>>;
    await settingsPage.evaluate("chrome.storage.sync.set({ draftRecovery: true })");
    const page = await open("plain.html");
    await recognised(page);
    await page.locator('[data-q="design"]').fill("Dasar hukum: Peraturan Bupati Nomor 12 Tahun 2023.");
    await page.locator('[data-q="goal"]').fill("Mendekatkan layanan kesehatan.");
    const key = `draft:${server.url}/plain.html`;
    await expect.poll(async () => (await storage("local"))[key], { timeout: 8000 }).toMatchObject({ texts: { design: "Dasar hukum: Peraturan Bupati Nomor 12 Tahun 2023.", goal: "Mendekatkan layanan kesehatan." } });
    expect(JSON.stringify(await storage("sync"))).not.toContain("Dasar hukum");
    await page.reload();
    await recognised(page);
    await page.waitForTimeout(500);
    // offered in the panel, never written into the page without the officer's click
    expect(await page.locator('[data-q="design"]').inputValue()).toBe("");
    // the popup's "Buka panel" opens our panel in the page, where the draft is offered
    const popup = await openPopupFor(session, page);
    await popup.locator("#open-panel").click();
    await shot(page, "draft-offer");
    // "Pulihkan", the first button of the draft box at the top of the panel (fixed viewport, fixed panel place)
    await page.mouse.click(907, 387);
    await expect.poll(() => page.locator('[data-q="design"]').inputValue()).toBe("Dasar hukum: Peraturan Bupati Nomor 12 Tahun 2023.");
    expect(await page.locator('[data-q="goal"]').inputValue()).toBe("Mendekatkan layanan kesehatan.");
    await page.close();
    await settingsPage.evaluate("chrome.storage.sync.set({ draftRecovery: false })");
    await settingsPage.evaluate("chrome.storage.local.clear()");
    await settingsPage.close();
  });
});

describe("privacy", () => {
  it("no request left 127.0.0.1 or the extension", () => {
    expect(outside).toEqual([]);
  });
});
