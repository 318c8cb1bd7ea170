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

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;
/** How far apart two boxes are (0 when they touch or overlap). */
const gap = (a: Box, b: Box) => Math.max(0, b.x - (a.x + a.width), a.x - (b.x + b.width), b.y - (a.y + a.height), a.y - (b.y + b.height));

/** The design field's box and content box (inside its border and padding: where its text is), and every other field's and label's box. */
const designLayout = (page: Page) =>
  page.evaluate(() => {
    const box = (r: DOMRect) => ({ x: r.left, y: r.top, width: r.width, height: r.height });
    const design = document.querySelector<HTMLElement>('[data-q="design"]')!;
    const r = design.getBoundingClientRect();
    const style = getComputedStyle(design);
    const px = (v: string) => parseFloat(v) || 0;
    const content = {
      x: r.left + px(style.borderLeftWidth) + px(style.paddingLeft),
      y: r.top + px(style.borderTopWidth) + px(style.paddingTop),
      width: design.clientWidth - px(style.paddingLeft) - px(style.paddingRight),
      height: design.clientHeight - px(style.paddingTop) - px(style.paddingBottom),
    };
    const others = [...document.querySelectorAll<HTMLElement>("input, select, textarea, label, button, iframe, [contenteditable]")]
      .filter((e) => e !== design && !design.contains(e) && e.getClientRects().length > 0)
      .map((e) => ({ what: e.outerHTML.slice(0, 50), ...box(e.getBoundingClientRect()) }));
    return { field: box(r), content, others };
  });

describe("the design word counter", () => {
  it.each(["plain.html", "richtext.html"])("stays just outside the design field of %s: never over the officer's text, nor on another field, as the page scrolls and narrows", async (name) => {
    const page = await open(name);
    const design = page.locator('[data-q="design"]').first();
    const centre = () => design.evaluate((e) => e.scrollIntoView({ block: "center" }));
    await centre();
    // more text than the field shows at once: its last visible line is full up to the right edge
    await design.fill(Array.from({ length: 120 }, (_, i) => `kata${i}`).join(" "));
    const counter = async () => (await uiElements(page, ".counter:not([hidden])"))[0];
    await expect.poll(async () => (await counter())?.text).toBe("120 / 300 kata");
    const where = async (step: string) => {
      await frames(page);
      const { field, content, others } = await designLayout(page);
      const box = (await counter())!.box!;
      await page.screenshot({ path: `test-results/marks-counter-${name}-${step}.png` });
      expect(overlaps(box, content), `${step}: over the text`).toBe(false);
      expect(gap(box, field), `${step}: away from the field`).toBeLessThanOrEqual(8);
      expect(others.filter((o) => overlaps(box, o)).map((o) => o.what), `${step}: on another field`).toEqual([]);
      return { box, field };
    };
    const first = await where("wide");
    await page.evaluate(() => window.scrollBy(0, 120));
    const scrolled = await where("scrolled");
    // it moved with the field
    expect(scrolled.field.y).toBeLessThan(first.field.y);
    expect(Math.abs(scrolled.box.y - scrolled.field.y - (first.box.y - first.field.y))).toBeLessThanOrEqual(1);
    // a narrow window: the field takes the whole column, no room beside it
    await page.setViewportSize({ width: 640, height: 900 });
    await centre();
    await where("narrow");
    await page.close();
  });
});
