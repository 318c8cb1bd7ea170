// The popup and options pages in real Chromium, with the test build loaded.
import { mkdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchWithExtension, type ExtensionSession } from "../support/launch.ts";

let session: ExtensionSession;
const outside: string[] = [];

beforeAll(async () => {
  session = await launchWithExtension();
  // Every request any page or the extension makes; only the extension itself and 127.0.0.1 are allowed.
  session.context.on("request", (request) => {
    const url = new URL(request.url());
    const local = url.protocol === "chrome-extension:" || url.protocol === "data:" || url.protocol === "about:" || url.hostname === "127.0.0.1";
    if (!local) outside.push(request.url());
  });
});

afterAll(async () => {
  await session?.close();
});

describe("popup", () => {
  it("opens in Indonesian and switches to English when the officer picks English", async () => {
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 360, height: 560 });
    await popup.goto(session.extensionUrl("popup/popup.html"));
    await expect.poll(() => popup.locator("#mode option[value=warn]").textContent()).toContain("Peringatkan");
    expect(await popup.locator("html").getAttribute("lang")).toBe("id");
    expect(await popup.getByRole("button", { name: "Pengaturan lainnya" }).count()).toBe(1);

    await popup.locator("#lang").selectOption("en");
    await expect.poll(() => popup.locator("#mode option[value=warn]").textContent()).toContain("Warn");
    expect(await popup.locator("html").getAttribute("lang")).toBe("en");
    expect(await popup.getByRole("button", { name: "More settings" }).count()).toBe(1);

    mkdirSync("test-results", { recursive: true });
    await popup.screenshot({ path: "test-results/extension-popup.png", fullPage: true });
    await popup.close();
  });
});

describe("privacy", () => {
  it("no request left 127.0.0.1 or the extension", () => {
    expect(outside).toEqual([]);
  });
});
