// The content scripts' stand-in for webextension-polyfill (extension/lib/native-browser.ts): on
// Chrome before 148 it must answer the popup's questions the way the polyfill did, or the popup
// would show nothing for a recognised form.
import { describe, expect, it, vi } from "vitest";
import contentBrowser, { fromChrome, nativeBrowser } from "../../../extension/lib/native-browser.ts";

// The module picks its browser when it loads, as a content script does.
const pageBrowser = vi.hoisted(() => {
  const own = { runtime: { id: "loaded-in-an-extension" } };
  (globalThis as { browser?: unknown }).browser = own;
  return own;
});

type ChromeListener = (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean;

/** chrome.runtime as Chrome 121-147 has it: listeners answer through sendResponse (returning true to wait). */
function fakeChrome() {
  const listeners = new Set<ChromeListener>();
  const runtime = {
    id: "abc",
    getManifest: () => ({ name: "IID Check" }),
    sendMessage: vi.fn(async (_message: unknown): Promise<unknown> => ({ ok: true })),
    onMessage: {
      addListener: (l: ChromeListener) => void listeners.add(l),
      removeListener: (l: ChromeListener) => void listeners.delete(l),
      hasListener: (l: ChromeListener) => listeners.has(l),
    },
  };
  /** Delivers a message as Chrome does: the first listener that calls sendResponse answers. */
  const deliver = (message: unknown): Promise<{ answer?: unknown; waiting: boolean[] }> =>
    new Promise((done) => {
      const waiting: boolean[] = [];
      let answered = false;
      for (const l of listeners)
        waiting.push(
          l(message, { tab: { id: 1 } }, (answer) => {
            answered = true;
            done({ answer, waiting });
          }),
        );
      setTimeout(() => !answered && done({ waiting }), 20);
    });
  return { chrome: { runtime, storage: { sync: { get: async () => ({ mode: "block" }) } } }, listeners, deliver };
}

describe("native browser for the content scripts", () => {
  it("uses the browser's own `browser` when it has one (Firefox, Chrome 148+)", () => {
    expect(contentBrowser).toBe(pageBrowser);
    const own = { runtime: { id: "x" } };
    expect(nativeBrowser({ browser: own, chrome: fakeChrome().chrome })).toBe(own);
  });

  it("answers a message with the value a listener's promise resolves to", async () => {
    const { chrome, deliver } = fakeChrome();
    const browser = nativeBrowser({ chrome });
    browser.runtime.onMessage.addListener(async (message: unknown) => ({ echo: message }));
    expect(await deliver({ type: "get-state" })).toEqual({ answer: { echo: { type: "get-state" } }, waiting: [true] });
  });

  it("leaves a message to other listeners when a listener returns nothing", async () => {
    const { chrome, deliver } = fakeChrome();
    nativeBrowser({ chrome }).runtime.onMessage.addListener(() => undefined);
    expect(await deliver({ type: "set-badge", count: 1 })).toEqual({ waiting: [false] });
  });

  it("turns a failing listener into the polyfill's rejection, which the popup's polyfill rejects with", async () => {
    const { chrome, deliver } = fakeChrome();
    const browser = nativeBrowser({ chrome });
    browser.runtime.onMessage.addListener(() => Promise.reject(new Error("Invalid response")));
    browser.runtime.onMessage.addListener(() => {
      throw new Error("sync failure");
    });
    const { answer } = await deliver({ type: "get-state" });
    expect(answer).toEqual({ __mozWebExtensionPolyfillReject__: true, message: expect.stringMatching(/Invalid response|sync failure/) });
  });

  it("stops listening when the same listener is removed", async () => {
    const { chrome, listeners } = fakeChrome();
    const browser = nativeBrowser({ chrome });
    const listener = async () => ({ ok: true });
    browser.runtime.onMessage.addListener(listener);
    expect(browser.runtime.onMessage.hasListener(listener)).toBe(true);
    browser.runtime.onMessage.removeListener(listener);
    expect(listeners.size).toBe(0);
  });

  it("passes everything else through to chrome.*, and rejects a sent message the other side rejected", async () => {
    const { chrome } = fakeChrome();
    const browser = fromChrome(chrome as never);
    expect(browser.runtime.getManifest()).toEqual({ name: "IID Check" });
    expect(await browser.storage.sync.get("mode")).toEqual({ mode: "block" });
    expect(await browser.runtime.sendMessage({ type: "set-badge", count: 2 })).toEqual({ ok: true });
    expect(chrome.runtime.sendMessage).toHaveBeenCalledWith({ type: "set-badge", count: 2 });
    chrome.runtime.sendMessage.mockResolvedValueOnce({ __mozWebExtensionPolyfillReject__: true, message: "no badge" });
    await expect(browser.runtime.sendMessage({ type: "set-badge", count: 2 })).rejects.toThrow("no badge");
  });

  it("refuses to run outside an extension, as the polyfill does", () => {
    expect(() => nativeBrowser({})).toThrow(/browser extension/);
  });
});
