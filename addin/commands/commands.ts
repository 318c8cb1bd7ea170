// The ribbon's UI-less "Periksa sekarang": one check that marks the grid, fills the own
// columns and the Ringkasan sheet, without opening the pane.
import { officeCapabilities, officeReady, officeRunner, registerCommand } from "../excel/office.ts";
import { checkWorkbook } from "../workflow.ts";

void officeReady().then((inExcel) => {
  if (!inExcel) return;
  registerCommand("runCheck", async () => {
    // The pane's language choice (same origin, same storage) also sets the grid's words.
    const lang = window.localStorage.getItem("iidCheck.lang") === "en" ? "en" : "id";
    await checkWorkbook({ run: officeRunner, caps: officeCapabilities() }, { lang, write: true });
  });
});
