// Where our marks and the word counter appear in real Chromium, read from inside the closed shadow
// root through the DevTools protocol (test/extension/support/overlay.ts).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchWithExtension, serveFixtures, type ExtensionSession, type FixtureServer } from "../support/launch.ts";
import { uiClick, uiElements } from "../support/overlay.ts";

let session: ExtensionSession;
let server: FixtureServer;

beforeAll(async () => {
  [session, server] = await Promise.all([launchWithExtension(), serveFixtures(join(import.meta.dirname, "..", "fixtures"))]);
  mkdirSync("test-results", { recursive: true });
}, 180_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function open(name: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  page.setDefaultTimeout(8000);
  await page.goto(`${server.url}/${name}`);
  await page.waitForSelector("iid-check-ui", { state: "attached", timeout: 10_000 });
  // the first check and the next frame's placement
  await page.waitForTimeout(500);
  return page;
}

/** Two animation frames of the page: a mark placement scheduled now has run. */
const frames = (page: Page) => page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));

const visibleMarks = async (page: Page) => (await uiElements(page, ".mark:not([hidden])")).map((m) => m.text);

describe("marks on a wizard", () => {
  it("leave with their step: none of step 1's marks is left beside step 2's fields", async () => {
    const page = await open("wizard.html");
    expect(await visibleMarks(page)).toContain("Nama Inovasi wajib diisi.");
    await page.locator(".step:not([hidden]) .next").first().click();
    await frames(page);
    const marks = await visibleMarks(page);
    await page.screenshot({ path: "test-results/marks-wizard-step2.png" });
    expect(marks.filter((m) => /Nama Inovasi|Tahapan Inovasi|Inisiator/.test(m))).toEqual([]);
    await page.close();
  });
});

describe("the panel on a wizard", () => {
  it("says a finding's field is on another step instead of offering a jump that cannot happen, and follows the step", async () => {
    const page = await open("wizard.html");
    await uiClick(page, ".launcher");
    await frames(page);
    // the items whose note "Isian ini ada di langkah lain formulir." shows (every item with a field
    // carries the note; only a shown one counts)
    const elsewhere = async (text: string) => (await uiElements(page, "ol.findings button:has(.elsewhere:not([hidden]))")).some((b) => b.text.includes(text) && b.text.includes("Isian ini ada di langkah lain formulir."));
    expect(await elsewhere("Nama Inovasi wajib diisi")).toBe(false);
    expect(await elsewhere("Rancang Bangun")).toBe(true);
    await page.screenshot({ path: "test-results/marks-wizard-panel.png" });
    // the officer goes to step 2 (the panel stays open): the items follow
    await page.locator(".step:not([hidden]) .next").first().click();
    await frames(page);
    expect(await elsewhere("Rancang Bangun")).toBe(false);
    expect(await elsewhere("Nama Inovasi wajib diisi")).toBe(true);
    await page.close();
  });

  it("keeps following the fields when the page re-renders the form with the same findings", async () => {
    const page = await open("wizard.html");
    await uiClick(page, ".launcher");
    // a single-page portal swaps in a new, identical form element while the panel is open
    await page.evaluate(() => {
      const form = document.querySelector("form")!;
      form.replaceWith(form.cloneNode(true));
    });
    await page.waitForTimeout(500);
    await frames(page);
    const notes = (await uiElements(page, "ol.findings button:has(.elsewhere:not([hidden]))")).map((b) => b.text);
    expect(notes.some((t) => t.includes("Nama Inovasi wajib diisi"))).toBe(false);
    expect(notes.some((t) => t.includes("Rancang Bangun"))).toBe(true);
    // its jump reaches the new form's field
    const items = await uiElements(page, "ol.findings button");
    await uiClick(page, "ol.findings button", items.findIndex((b) => b.text.includes("Nama Inovasi wajib diisi")));
    expect(await page.evaluate(() => document.activeElement === document.querySelector('[data-q="name"]'))).toBe(true);
    await page.close();
  });
});

describe("marks in a scroll box (a modal's body)", () => {
  it("show only for fields inside the box's visible part, and follow its scrolling", async () => {
    const page = await open("plain.html");
    await page.evaluate(() => {
      const form = document.querySelector("form")!;
      const box = document.createElement("div");
      box.id = "box";
      box.style.cssText = "height: 300px; overflow-y: auto; margin-top: 100px";
      form.replaceWith(box);
      box.append(form);
    });
    await page.waitForTimeout(500);
    const inside = async () => {
      const area = (await page.locator("#box").boundingBox())!;
      const marks = await uiElements(page, ".mark:not([hidden])");
      return { marks: marks.length, outside: marks.filter((m) => m.box!.y + m.box!.height / 2 < area.y || m.box!.y + m.box!.height / 2 > area.y + area.height).map((m) => m.text) };
    };
    const top = await inside();
    await page.screenshot({ path: "test-results/marks-scrollbox.png" });
    expect(top.outside).toEqual([]);
    expect(top.marks).toBeGreaterThan(2);
    await page.locator("#box").evaluate((box) => box.scrollBy(0, 400));
    await frames(page);
    const scrolled = await inside();
    expect(scrolled.outside).toEqual([]);
    expect(scrolled.marks).toBeGreaterThan(0);
    await page.close();
  });
});

describe("the design word counter", () => {
  it.each(["plain.html", "richtext.html"])("sits on the design field of %s, not on the field below it", async (name) => {
    const page = await open(name);
    const design = page.locator('[data-q="design"]').first();
    await design.scrollIntoViewIfNeeded();
    await frames(page);
    const field = (await design.boundingBox())!;
    const [counter] = await uiElements(page, ".counter:not([hidden])");
    await page.screenshot({ path: `test-results/marks-counter-${name}.png` });
    expect(counter?.text).toBe("0 / 300 kata");
    const box = counter!.box!;
    expect(box.y).toBeGreaterThanOrEqual(field.y);
    expect(box.y + box.height).toBeLessThanOrEqual(field.y + field.height);
    expect(box.x + box.width).toBeLessThanOrEqual(field.x + field.width);
    await page.close();
  });
});
