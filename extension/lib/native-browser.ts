// What the content scripts' build puts in place of webextension-polyfill (scripts/build-extension.ts
// resolves the package to this file there; extension/lib/browser.ts stays the one module that
// imports it, and the background, popup and options page keep the real polyfill).
//
// Firefox and Chrome 148+ have a native `browser`, which the polyfill itself hands back unchanged.
// Older Chrome (121+) has `chrome.*`, whose MV3 methods already return promises; the one thing the
// content scripts use that differs is runtime.onMessage, where a listener answers by returning a
// Promise. That is adapted here the way the polyfill does it (including its rejection envelope, so
// the polyfilled popup and background see a rejected promise), in a few hundred bytes instead of 10 KB.
import type { Browser } from "./browser.ts";

type Listener = (message: unknown, sender: unknown) => unknown;
type ChromeListener = (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean;
interface ChromeEvent<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
  hasListener(listener: L): boolean;
}
interface ChromeLike {
  runtime: { id?: string; onMessage: ChromeEvent<ChromeListener>; sendMessage(...args: unknown[]): Promise<unknown> };
}

const REJECT = "__mozWebExtensionPolyfillReject__";

/** chrome.* with promise-answering message listeners, as webextension-polyfill presents it. */
export function fromChrome(chrome: ChromeLike): Browser {
  const wrappers = new WeakMap<Listener, ChromeListener>();
  const wrap = (listener: Listener): ChromeListener => {
    let wrapped = wrappers.get(listener);
    if (!wrapped) {
      wrapped = (message, sender, sendResponse) => {
        let result: unknown;
        try {
          result = listener(message, sender);
        } catch (error) {
          result = Promise.reject(error);
        }
        if (typeof (result as PromiseLike<unknown> | undefined)?.then !== "function") return false;
        (result as Promise<unknown>).then(sendResponse, (error: unknown) =>
          sendResponse({ [REJECT]: true, message: typeof (error as Error | undefined)?.message === "string" ? (error as Error).message : "An unexpected error occurred" }),
        );
        return true;
      };
      wrappers.set(listener, wrapped);
    }
    return wrapped;
  };
  const onMessage: ChromeEvent<Listener> = {
    addListener: (listener) => chrome.runtime.onMessage.addListener(wrap(listener)),
    removeListener: (listener) => chrome.runtime.onMessage.removeListener(wrap(listener)),
    hasListener: (listener) => chrome.runtime.onMessage.hasListener(wrap(listener)),
  };
  const sendMessage = async (...args: unknown[]): Promise<unknown> => {
    const reply = await chrome.runtime.sendMessage(...args);
    if ((reply as Record<string, unknown> | undefined)?.[REJECT]) throw new Error(String((reply as { message?: unknown }).message));
    return reply;
  };
  const runtime = new Proxy(chrome.runtime, { get: (target, key) => (key === "onMessage" ? onMessage : key === "sendMessage" ? sendMessage : Reflect.get(target, key)) });
  return new Proxy(chrome, { get: (target, key) => (key === "runtime" ? runtime : Reflect.get(target, key)) }) as unknown as Browser;
}

/** The native `browser` when there is one, else the adapted `chrome`. */
export function nativeBrowser(scope: { browser?: { runtime?: { id?: string } }; chrome?: ChromeLike } = globalThis as never): Browser {
  if (scope.browser?.runtime?.id) return scope.browser as Browser;
  if (scope.chrome?.runtime?.id) return fromChrome(scope.chrome);
  throw new Error("This script should only be loaded in a browser extension.");
}

const browser: Browser = nativeBrowser();
export default browser;
