// @vitest-environment happy-dom
// Draft recovery: kept locally per page, offered back for 14 days, then gone.
import { fakeBrowser } from "@webext-core/fake-browser";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { clearDraft, DRAFT_TTL_MS, draftKey, loadDraft, pruneDrafts, saveDraft } from "../../../extension/content/drafts.ts";

vi.mock("../../../extension/lib/browser.ts", async () => {
  const { fakeBrowser } = await import("@webext-core/fake-browser");
  return { browser: fakeBrowser, default: fakeBrowser };
});

const PAGE = "https://indeks.inovasi.bskdn.kemendagri.go.id/inovasi/tambah?session=abc#langkah-2";
const DAY = 24 * 60 * 60 * 1000;
const now = Date.UTC(2026, 4, 1);

beforeEach(() => {
  fakeBrowser.reset();
});

describe("drafts", () => {
  it("are keyed by origin and path, never by the query (which may hold a session token)", () => {
    expect(draftKey(PAGE)).toBe("draft:https://indeks.inovasi.bskdn.kemendagri.go.id/inovasi/tambah");
  });

  it("come back on the same page within 14 days, in storage.local only", async () => {
    await saveDraft(PAGE, { design: "Dasar hukum ...", goal: "Tujuan", benefit: "  " }, now);
    const draft = await loadDraft(PAGE.replace("abc", "xyz"), now + 13 * DAY);
    expect(draft).toEqual({ savedAt: now, texts: { design: "Dasar hukum ...", goal: "Tujuan" } });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it("expire after 14 days and are deleted when found expired", async () => {
    await saveDraft(PAGE, { design: "lama" }, now);
    expect(await loadDraft(PAGE, now + DRAFT_TTL_MS + 1)).toBeUndefined();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it("are pruned across pages, leaving fresh drafts and other keys alone", async () => {
    await saveDraft("https://a.example.go.id/form", { goal: "lama" }, now - 15 * DAY);
    await saveDraft("https://b.example.go.id/form", { goal: "baru" }, now - DAY);
    await fakeBrowser.storage.local.set({ other: 1, "draft:https://c.example.go.id/x": "rusak" });
    expect(await pruneDrafts(now)).toBe(2);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).sort()).toEqual(["draft:https://b.example.go.id/form", "other"]);
  });

  it("can be cleared by the officer", async () => {
    await saveDraft(PAGE, { result: "Hasil" }, now);
    await clearDraft(PAGE);
    expect(await loadDraft(PAGE, now)).toBeUndefined();
  });
});
