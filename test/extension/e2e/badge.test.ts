// The platform's parts working together in Chromium: the content script reports its error count, the
// background (a real MV3 service worker) puts it on that tab's toolbar badge, and the popup shows the
// same counts it gets from the page.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ROOT } from "../support/build.ts";
import { launchWithExtension, openPopupFor, serveFixtures, tabIdOf, type ExtensionSession, type FixtureServer } from "../support/launch.ts";

let session: ExtensionSession;
let server: FixtureServer;
const outside: string[] = [];

beforeAll(async () => {
  session = await launchWithExtension();
  session.context.on("request", (request) => {
    const url = new URL(request.url());
    if (!["chrome-extension:", "data:", "about:"].includes(url.protocol) && url.hostname !== "127.0.0.1") outside.push(request.url());
  });
  server = await serveFixtures(join(ROOT, "test", "extension", "fixtures"));
  mkdirSync("test-results", { recursive: true });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function badgeOf(probe: Page, tabId: number): Promise<string> {
  return probe.evaluate(async (id) => {
    const api = (globalThis as unknown as { chrome: { action: { getBadgeText(details: { tabId: number }): Promise<string> } } }).chrome;
    return api.action.getBadgeText({ tabId: id });
  }, tabId);
}

const COUNT = /^[1-9]\d*\+?$/;

/** The plain form in a tab, once its error count is on the badge; `probe` is an extension page that reads badges. */
async function formTabWithBadge(): Promise<{ page: Page; tabId: number; probe: Page }> {
  const page = await session.context.newPage();
  await page.goto(`${server.url}/plain.html`);
  const tabId = await tabIdOf(session, page);
  const probe = await session.context.newPage();
  await probe.goto(session.extensionUrl("options/options.html"));
  await expect.poll(() => badgeOf(probe, tabId), { timeout: 15_000 }).toMatch(COUNT);
  return { page, tabId, probe };
}

it("an empty form's errors appear on its tab's badge and in the popup, and no request leaves 127.0.0.1", async () => {
  const { page, tabId, probe } = await formTabWithBadge();
  const badge = await badgeOf(probe, tabId);

  const popup = await openPopupFor(session, page);
  await popup.setViewportSize({ width: 360, height: 600 });
  await expect.poll(() => popup.locator("#state-message").textContent()).toBe("Formulir inovasi dikenali");
  const errors = await popup.locator("#count-error").textContent();
  expect(badge).toBe(Number(errors) > 99 ? "99+" : errors);
  await popup.screenshot({ path: "test-results/extension-popup-form.png", fullPage: true });

  // Another tab has its own badge: nothing recognised there, nothing shown.
  const other = await session.context.newPage();
  await other.goto(`${server.url}/nothing-here.html`).catch(() => undefined);
  expect(await badgeOf(probe, await tabIdOf(session, other))).toBe("");

  expect(outside).toEqual([]);
});

it("turning the checker off for the site from the popup clears the badge: the count no longer applies", async () => {
  const { page, tabId, probe } = await formTabWithBadge();

  const popup = await openPopupFor(session, page);
  await expect.poll(() => popup.locator("#state-message").textContent()).toBe("Formulir inovasi dikenali");
  await popup.locator("#site-enabled").uncheck();
  await expect.poll(() => badgeOf(probe, tabId), { timeout: 5_000 }).toBe("");
  // and back on: the page is checked again and its count returns
  await popup.locator("#site-enabled").check();
  await expect.poll(() => badgeOf(probe, tabId), { timeout: 15_000 }).toMatch(COUNT);
  await popup.close();
  await probe.close();
  await page.close();
});
