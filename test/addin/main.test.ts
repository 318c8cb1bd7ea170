// @vitest-environment happy-dom
// The pane's entry page outside Excel (opened in a browser by mistake): it says so in the
// language the user chose in the pane before (stored by the language switch), Indonesian otherwise.
import { beforeEach, describe, expect, it, vi } from "vitest";

async function openEntry(): Promise<string> {
  document.body.innerHTML = '<main id="app"></main>';
  vi.resetModules();
  await import("../../addin/taskpane/main.ts");
  await vi.waitFor(() => expect(document.getElementById("app")!.textContent).not.toBe(""));
  return document.getElementById("app")!.textContent!;
}

describe("task pane entry outside Excel", () => {
  beforeEach(() => window.localStorage.clear());

  it("speaks Indonesian by default", async () => {
    expect(await openEntry()).toMatch(/^Buka panel ini dari Excel/);
  });

  it("speaks English when the user chose English in the pane", async () => {
    window.localStorage.setItem("iidCheck.lang", "en");
    expect(await openEntry()).toMatch(/^Open this pane from Excel/);
  });
});
