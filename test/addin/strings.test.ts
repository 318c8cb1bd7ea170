// The pane's words exist in both languages with the same keys, and the parameterised ones use
// their parameters (a missing English string would silently show Indonesian or nothing).
import { describe, expect, it } from "vitest";
import { uiAddin } from "../../core/messages/ui-addin.ts";

describe("task-pane strings", () => {
  const id = uiAddin("id") as Record<string, unknown>;
  const en = uiAddin("en") as Record<string, unknown>;

  it("Indonesian and English have the same keys, all non-empty, and differ where they are words", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const key of Object.keys(id)) {
      expect(typeof en[key], key).toBe(typeof id[key]);
      if (typeof id[key] === "string") expect((id[key] as string).length, key).toBeGreaterThan(0);
    }
    expect(en.check).not.toBe(id.check);
  });

  it("messages with parameters mention them in both languages", () => {
    for (const strings of [uiAddin("id"), uiAddin("en")]) {
      expect(strings.protectedSheets(["Inovasi", "Pemda"])).toMatch(/“Inovasi”.*“Pemda”/);
      expect(strings.marksCleared(3, 2)).toMatch(/3.*2/);
      expect(strings.templateInserted(["Inovasi"], ["Pemda"])).toMatch(/Inovasi.*Pemda/);
      expect(strings.toNext("12,5", "Inovatif")).toMatch(/12,5.*Inovatif/);
    }
  });
});
