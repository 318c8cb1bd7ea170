// @vitest-environment happy-dom
// The background as the browser sees it: events in, badge and content script registrations out.
// fake-browser has no scripting or permissions API, so small in-memory ones stand in for them.
import { fakeBrowser } from "@webext-core/fake-browser";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { saveSettings } from "../../../extension/lib/settings.ts";

vi.mock("../../../extension/lib/browser.ts", async () => {
  const { fakeBrowser } = await import("@webext-core/fake-browser");
  return { browser: fakeBrowser, default: fakeBrowser };
});

interface Registration {
  id: string;
  matches: string[];
  js: string[];
  runAt: string;
}

const registered = new Map<string, Registration>();
const injected: { target: { tabId: number; frameIds?: number[] }; files: string[]; injectImmediately?: boolean }[] = [];
let injectionFails = false;
const granted = new Set<string>();
const removedListeners: ((permissions: { origins?: string[] }) => void)[] = [];
const addedListeners: ((permissions: { origins?: string[] }) => void)[] = [];

function installFakes(): void {
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: async () => [...registered.values()],
    registerContentScripts: async (scripts: Registration[]) => {
      // Chrome refuses a duplicate id; so must the fake, or a missing unregister would go unnoticed.
      for (const script of scripts) if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      for (const script of scripts) registered.set(script.id, script);
    },
    unregisterContentScripts: async ({ ids }: { ids: string[] }) => ids.forEach((id) => registered.delete(id)),
    executeScript: async (injection: (typeof injected)[number]) => {
      if (injectionFails) throw new Error("Cannot access contents of the page");
      injected.push(injection);
      return [{ frameId: injection.target.frameIds?.[0] ?? 0, result: undefined }];
    },
  });
  Object.assign(fakeBrowser.permissions, {
    contains: async ({ origins }: { origins: string[] }) => origins.every((origin) => granted.has(origin)),
    onRemoved: { addListener: (listener: (typeof removedListeners)[number]) => removedListeners.push(listener) },
    onAdded: { addListener: (listener: (typeof addedListeners)[number]) => addedListeners.push(listener) },
  });
}

const sender = (tabId?: number) => ({ tab: tabId === undefined ? undefined : { id: tabId } }) as never;

beforeAll(async () => {
  installFakes();
  await import("../../../extension/background.ts");
});

beforeEach(async () => {
  registered.clear();
  injected.length = 0;
  injectionFails = false;
  granted.clear();
  await fakeBrowser.storage.sync.clear();
});

describe("badge", () => {
  it("shows the number of errors the page reported on that tab's toolbar button", async () => {
    const [answer] = await fakeBrowser.runtime.onMessage.trigger({ type: "set-badge", count: 5 }, sender(3), () => undefined);
    expect(answer).toEqual({ ok: true });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe("5");
    await fakeBrowser.runtime.onMessage.trigger({ type: "set-badge", count: 150 }, sender(3), () => undefined);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe("99+");
    await fakeBrowser.runtime.onMessage.trigger({ type: "set-badge", count: 0 }, sender(3), () => undefined);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe("");
  });

  it("ignores a badge request that comes from no tab", async () => {
    const [answer] = await fakeBrowser.runtime.onMessage.trigger({ type: "set-badge", count: 2 }, sender(), () => undefined);
    expect(answer).toEqual({ ok: false });
  });
});

describe("the form kit", () => {
  it("is injected into the tab and frame whose main.js recognised a form, and nowhere else", async () => {
    const [answer] = await fakeBrowser.runtime.onMessage.trigger({ type: "load-form-kit" }, { tab: { id: 7 }, frameId: 0 } as never, () => undefined);
    expect(answer).toEqual({ ok: true });
    // at once, not when the page is idle (Firefox: after its load event): the form is unchecked until then
    expect(injected).toEqual([{ target: { tabId: 7, frameIds: [0] }, files: ["content/form.js"], injectImmediately: true }]);
  });

  it("is not injected for a request from no tab", async () => {
    const [answer] = await fakeBrowser.runtime.onMessage.trigger({ type: "load-form-kit" }, sender(), () => undefined);
    expect(answer).toEqual({ ok: false });
    expect(injected).toEqual([]);
  });

  it("reports a failed injection to main.js, which then leaves the form unchecked", async () => {
    injectionFails = true;
    await expect(fakeBrowser.runtime.onMessage.trigger({ type: "load-form-kit" }, sender(7), () => undefined)).rejects.toThrow("Cannot access");
  });
});

describe("regional portals", () => {
  it("on install, registers the content scripts for every enabled site whose permission is still granted", async () => {
    granted.add("https://inovasi.example.go.id/*");
    await saveSettings({ managedSites: ["https://inovasi.example.go.id", "https://lain.example.go.id"] });
    registered.clear();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: "install" } as never);
    await vi.waitFor(() => expect(registered.size).toBe(2));
    expect(registered.get("iid-check-guard")).toMatchObject({ matches: ["https://inovasi.example.go.id/*"], js: ["content/guard.js"], runAt: "document_start" });
    expect(registered.get("iid-check-main")).toMatchObject({ matches: ["https://inovasi.example.go.id/*"], js: ["content/main.js"] });
  });

  it("on browser start, replaces its own old registrations and leaves anyone else's alone", async () => {
    registered.set("iid-check-guard", { id: "iid-check-guard", matches: ["https://lama.example.go.id/*"], js: ["content/guard.js"], runAt: "document_start" });
    registered.set("someone-else", { id: "someone-else", matches: ["https://x.example/*"], js: ["x.js"], runAt: "document_idle" });
    granted.add("https://baru.example.go.id/*");
    await fakeBrowser.storage.sync.set({ managedSites: ["https://baru.example.go.id"] });
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(registered.get("iid-check-guard")?.matches).toEqual(["https://baru.example.go.id/*"]));
    expect(registered.has("someone-else")).toBe(true);
  });

  it("a site enabled from the popup starts working without a restart; removing it stops it", async () => {
    granted.add("http://simonda.example.go.id/*");
    await saveSettings({ managedSites: ["http://simonda.example.go.id:8080"] });
    // A port cannot be part of a match pattern in Firefox, so the whole host is matched.
    await vi.waitFor(() => expect(registered.get("iid-check-main")?.matches).toEqual(["http://simonda.example.go.id/*"]));
    await saveSettings({ managedSites: [] });
    await vi.waitFor(() => expect(registered.size).toBe(0));
  });

  it("the IID portal itself is never registered twice (its scripts are in the manifest)", async () => {
    granted.add("https://indeks.inovasi.bskdn.kemendagri.go.id/*");
    await saveSettings({ managedSites: ["https://indeks.inovasi.bskdn.kemendagri.go.id"] });
    await fakeBrowser.runtime.onStartup.trigger();
    await new Promise((done) => setTimeout(done, 30));
    expect(registered.size).toBe(0);
  });

  it("a site granted from the popup is kept even if the popup closed before saving it (Firefox)", async () => {
    granted.add("http://siagas.example.go.id/*");
    for (const listener of addedListeners) listener({ origins: ["http://siagas.example.go.id/*"] });
    await vi.waitFor(async () => expect((await fakeBrowser.storage.sync.get("managedSites")).managedSites).toEqual(["http://siagas.example.go.id"]));
    await vi.waitFor(() => expect(registered.get("iid-check-guard")?.matches).toEqual(["http://siagas.example.go.id/*"]));
    // The same grant again (the popup saving it after all) changes nothing.
    for (const listener of addedListeners) listener({ origins: ["http://siagas.example.go.id/*", "https://indeks.inovasi.bskdn.kemendagri.go.id/*"] });
    await new Promise((done) => setTimeout(done, 20));
    expect((await fakeBrowser.storage.sync.get("managedSites")).managedSites).toEqual(["http://siagas.example.go.id"]);
  });

  it("a permission revoked in the browser's settings removes the site", async () => {
    granted.add("https://inovasi.example.go.id/*").add("https://dua.example.go.id/*");
    await saveSettings({ managedSites: ["https://inovasi.example.go.id", "https://dua.example.go.id"] });
    await vi.waitFor(() => expect(registered.get("iid-check-main")?.matches).toHaveLength(2));
    granted.delete("https://inovasi.example.go.id/*");
    for (const listener of removedListeners) listener({ origins: ["https://inovasi.example.go.id/*"] });
    await vi.waitFor(async () => expect((await fakeBrowser.storage.sync.get("managedSites")).managedSites).toEqual(["https://dua.example.go.id"]));
    await vi.waitFor(() => expect(registered.get("iid-check-main")?.matches).toEqual(["https://dua.example.go.id/*"]));
  });
});
