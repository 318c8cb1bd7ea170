// Task-pane entry: wait for office.js, then mount the pane on Excel's request context.
import { uiAddin } from "../../core/messages/ui-addin.ts";
import { officeCapabilities, officeReady, officeRunner, watchWorksheetChanges } from "../excel/office.ts";
import { LANG_KEY, mountPane } from "./pane.ts";
import "./styles.css";

const root = document.getElementById("app")!;
// Before the pane mounts, the language the user chose in it last time (storage may be blocked).
const lang = (() => {
  try {
    return window.localStorage.getItem(LANG_KEY) === "en" ? "en" : "id";
  } catch {
    return "id";
  }
})();

officeReady().then(
  (inExcel) => {
    if (!inExcel) {
      root.textContent = uiAddin(lang).officeMissing;
      return;
    }
    mountPane(root, { deps: { run: officeRunner, caps: officeCapabilities() }, watch: watchWorksheetChanges, storage: window.localStorage });
  },
  () => {
    root.textContent = uiAddin(lang).officeMissing;
  },
);
