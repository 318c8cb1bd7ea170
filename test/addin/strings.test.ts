// The pane's words exist in both languages with the same keys, and the parameterised ones use
// their parameters (a missing English string would silently show Indonesian or nothing).
import { readFileSync } from "node:fs";
import { join } from "node:path";
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

  it("the way to the pane names the ribbon group as Excel labels it in each language (manifest.xml)", () => {
    const manifest = readFileSync(join(import.meta.dirname, "../../manifest.xml"), "utf8");
    const group = /<bt:String id="Group\.Label" DefaultValue="([^"]+)">\s*<bt:Override Locale="en-US" Value="([^"]+)"/.exec(manifest)!;
    const [, indonesian, english] = group;
    expect(uiAddin("id").officeMissing).toContain(indonesian);
    expect(uiAddin("en").officeMissing).toContain(english);
  });

  it("English counts agree with their number: one cell, one column, one note, two sheets", () => {
    const t = uiAddin("en");
    expect(t.marksWritten(1)).toBe("1 cell marked.");
    expect(t.marksWritten(24)).toBe("24 cells marked.");
    expect(t.dropdownsInstalled(1)).toBe("Drop-down lists added to 1 column.");
    expect(t.marksCleared(1, 1)).toBe("Marks cleared: 1 cell got its own fill back, 1 IID Check note removed.");
    expect(t.marksCleared(3, 2)).toBe("Marks cleared: 3 cells got their own fill back, 2 IID Check notes removed.");
    expect(t.protectedSheets(["Inovasi"])).toMatch(/^Sheet “Inovasi” is protected, /);
    expect(t.protectedSheets(["Inovasi", "Pemda"])).toMatch(/^Sheets “Inovasi” and “Pemda” are protected, /);
    expect(t.protectedSheets(["Inovasi", "Pemda"])).toMatch(/Unprotect them /);
    expect(t.marksCapped(1, 2000)).toMatch(/^1 more cell with findings was not marked \(at most 2,000 cells are marked\)/);
    expect(t.marksCapped(150, 2000)).toMatch(/^150 more cells with findings were not marked/);
    expect(uiAddin("id").marksCapped(150, 2000)).toMatch(/^150 sel lain .* 2\.000 sel/);
  });

  it("large counts carry each language's thousands separator (2.000 / 2,000), as Excel shows them", () => {
    expect(uiAddin("id").truncated(50000)).toBe("Hanya 50.000 baris pertama yang diperiksa.");
    expect(uiAddin("en").truncated(50000)).toBe("Only the first 50,000 rows were checked.");
    expect(uiAddin("id").marksCapped(12345, 2000)).toMatch(/^12\.345 sel lain .*paling banyak 2\.000 sel/);
    expect(uiAddin("en").marksWritten(1500)).toBe("1,500 cells marked.");
    expect(uiAddin("id").marksCleared(1500, 1200)).toBe("Tanda dihapus: 1.500 sel dikembalikan ke warna semula, 1.200 catatan IID Check dihapus.");
    expect(uiAddin("en").moreInGroup(1000)).toBe("1,000 more findings are not listed here.");
    expect(uiAddin("id").marksWritten(999)).toBe("999 sel ditandai.");
  });
});
