// @vitest-environment happy-dom
import { fakeBrowser } from "@webext-core/fake-browser";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { messageSchema, onMessage, ProtocolError, sendToBackground, sendToTab, type TabState } from "../../../extension/lib/protocol.ts";

vi.mock("../../../extension/lib/browser.ts", async () => {
  const { fakeBrowser } = await import("@webext-core/fake-browser");
  return { browser: fakeBrowser, default: fakeBrowser };
});

const state: TabState = {
  recognised: true,
  fields: 17,
  completeness: 0.6,
  points: 42.5,
  maxPoints: 111,
  counts: { error: 3, warning: 1, info: 0 },
  frameworkId: "iid-2026",
};

const sender = { tab: { id: 7 } } as never;

beforeEach(() => fakeBrowser.reset());

describe("message protocol", () => {
  it("accepts the three messages the parts exchange", () => {
    expect(messageSchema.safeParse({ type: "get-state" }).success).toBe(true);
    expect(messageSchema.safeParse({ type: "open-panel" }).success).toBe(true);
    expect(messageSchema.safeParse({ type: "set-badge", count: 4 }).success).toBe(true);
    expect(messageSchema.safeParse({ type: "load-form-kit" }).success).toBe(true);
  });

  it.each([
    ["no type", {}],
    ["an unknown type", { type: "read-cookies" }],
    ["a negative badge", { type: "set-badge", count: -1 }],
    ["a fractional badge", { type: "set-badge", count: 1.5 }],
    ["a badge beyond the safe integers", { type: "set-badge", count: 2 ** 53 }],
    ["a badge count as text", { type: "set-badge", count: "3" }],
    ["a string", "get-state"],
    ["null", null],
  ])("rejects a malformed message: %s", (_, raw) => {
    expect(messageSchema.safeParse(raw).success).toBe(false);
  });

  it("passes on only the fields a message declares", () => {
    expect(messageSchema.safeParse({ type: "set-badge", count: 2, extra: "<script>" })).toEqual({ success: true, data: { type: "set-badge", count: 2 } });
  });

  it("answers a valid message through its handler, with a Promise", async () => {
    const controller = new AbortController();
    onMessage({ "get-state": () => state }, controller.signal);
    const [answer] = await fakeBrowser.runtime.onMessage.trigger({ type: "get-state" }, sender, () => undefined);
    expect(await answer).toEqual(state);
  });

  it("ignores malformed messages and types it has no handler for, so another part may answer", async () => {
    const handler = vi.fn(() => ({ ok: true }));
    onMessage({ "set-badge": handler }, new AbortController().signal);
    const answers = await fakeBrowser.runtime.onMessage.trigger({ type: "set-badge", count: "many" }, sender, () => undefined);
    const others = await fakeBrowser.runtime.onMessage.trigger({ type: "get-state" }, sender, () => undefined);
    expect(answers).toEqual([undefined]);
    expect(others).toEqual([undefined]);
    expect(handler).not.toHaveBeenCalled();
  });

  it("a handler's malformed answer is an error, not a silently wrong popup", async () => {
    onMessage({ "get-state": () => ({ ...state, completeness: 1.5 }) }, new AbortController().signal);
    // The sender's promise rejects (fake-browser awaits the listener's promise for us).
    await expect(fakeBrowser.runtime.onMessage.trigger({ type: "get-state" }, sender, () => undefined)).rejects.toBeInstanceOf(ProtocolError);
  });

  it("stops listening when the signal aborts", async () => {
    const controller = new AbortController();
    const handler = vi.fn(() => state);
    onMessage({ "get-state": handler }, controller.signal);
    controller.abort();
    // fake-browser throws when no listener is left, which is the point.
    await fakeBrowser.runtime.onMessage.trigger({ type: "get-state" }, sender, () => undefined).catch(() => undefined);
    expect(handler).not.toHaveBeenCalled();
  });

  it("sendToTab asks the tab's top frame and validates the answer", async () => {
    const sendMessage = vi.fn(async () => state);
    fakeBrowser.tabs.sendMessage = sendMessage as never;
    expect(await sendToTab(5, { type: "get-state" })).toEqual(state);
    expect(sendMessage).toHaveBeenCalledWith(5, { type: "get-state" }, { frameId: 0 });

    sendMessage.mockResolvedValueOnce({ recognised: "yes" } as never);
    await expect(sendToTab(5, { type: "get-state" })).rejects.toBeInstanceOf(ProtocolError);
  });

  it("refuses to send a malformed message", async () => {
    const sendMessage = vi.fn();
    fakeBrowser.runtime.sendMessage = sendMessage as never;
    await expect(sendToBackground({ type: "set-badge", count: -2 })).rejects.toThrow();
    expect(sendMessage).not.toHaveBeenCalled();
  });
});
