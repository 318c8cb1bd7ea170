// @vitest-environment happy-dom
import { fakeBrowser } from "@webext-core/fake-browser";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_SETTINGS, isSiteEnabled, loadSettings, onSettingsChanged, parseSettings, saveSettings, toOrigin } from "../../../extension/lib/settings.ts";

vi.mock("../../../extension/lib/browser.ts", async () => {
  const { fakeBrowser } = await import("@webext-core/fake-browser");
  return { browser: fakeBrowser, default: fakeBrowser };
});

beforeEach(() => fakeBrowser.reset());

describe("settings", () => {
  it("a fresh install warns before sending, speaks Indonesian, scores against IID 2026 and keeps no drafts", async () => {
    expect(await loadSettings()).toEqual({
      mode: "warn",
      lang: "id",
      framework: "iid-2026",
      disabledSites: [],
      managedSites: [],
      draftRecovery: false,
    });
  });

  it("what the officer saves is what the next page loads", async () => {
    await saveSettings({ mode: "block", lang: "en" });
    await saveSettings({ framework: "iid-2027", managedSites: ["https://inovasi.example.go.id"], draftRecovery: true });
    expect(await loadSettings()).toEqual({
      mode: "block",
      lang: "en",
      framework: "iid-2027",
      disabledSites: [],
      managedSites: ["https://inovasi.example.go.id"],
      draftRecovery: true,
    });
    // Each setting is its own sync key, so popup and options never overwrite each other's changes.
    expect(await fakeBrowser.storage.sync.get(null)).toMatchObject({ mode: "block", lang: "en", framework: "iid-2027" });
  });

  it("writes only the keys a patch gives a value", async () => {
    await saveSettings({ mode: "block", lang: undefined });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ mode: "block" });
  });

  it("refuses values the extension does not understand, and stores nothing from a bad save", async () => {
    await expect(saveSettings({ mode: "loud" as never })).rejects.toThrow();
    await expect(saveSettings({ lang: "jv" as never })).rejects.toThrow();
    await expect(saveSettings({ framework: "iid-2030" as never })).rejects.toThrow();
    await expect(saveSettings({ managedSites: ["inovasi.example.go.id"] })).rejects.toThrow();
    await expect(saveSettings({ managedSites: ["https://inovasi.example.go.id/path"] })).rejects.toThrow();
    await expect(saveSettings({ managedSites: ["javascript:alert(1)"] })).rejects.toThrow();
    await expect(saveSettings({ mode: "block", draftRecovery: "yes" as never })).rejects.toThrow();
    // More sites than storage.sync holds under one key.
    await expect(saveSettings({ disabledSites: Array.from({ length: 101 }, (_, i) => `https://s${i}.example.go.id`) })).rejects.toThrow();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it("a corrupt stored value falls back to its own default and leaves the others alone", async () => {
    await fakeBrowser.storage.sync.set({ mode: "block", lang: 42, managedSites: ["not an origin"], draftRecovery: true });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, mode: "block", draftRecovery: true });
    expect(parseSettings({})).toEqual(DEFAULT_SETTINGS);
  });

  it("tells listeners about changes until their signal aborts", async () => {
    const seen: string[] = [];
    const controller = new AbortController();
    onSettingsChanged((settings, changed) => seen.push(`${changed.join(",")}=${settings.mode}`), controller.signal);
    await saveSettings({ mode: "off" });
    await vi.waitFor(() => expect(seen).toEqual(["mode=off"]));
    // Keys that are not settings (drafts in local storage, say) do not wake listeners.
    await fakeBrowser.storage.local.set({ "draft:x": "text" });
    controller.abort();
    await saveSettings({ mode: "block" });
    await new Promise((done) => setTimeout(done, 20));
    expect(seen).toEqual(["mode=off"]);
  });

  it("origins are normalised the way the browser writes them", () => {
    expect(toOrigin("https://Inovasi.Example.go.id/form?id=3")).toBe("https://inovasi.example.go.id");
    expect(toOrigin("http://127.0.0.1:8080/x")).toBe("http://127.0.0.1:8080");
    expect(toOrigin("chrome://extensions")).toBeUndefined();
    expect(toOrigin("not a url")).toBeUndefined();
  });

  it("a site switched off from the popup stays off; the guard mode does not switch the checker off", () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ["https://a.go.id"] };
    expect(isSiteEnabled(settings, "https://a.go.id")).toBe(false);
    expect(isSiteEnabled(settings, "https://b.go.id")).toBe(true);
    expect(isSiteEnabled({ ...settings, mode: "off" }, "https://b.go.id")).toBe(true);
  });
});
