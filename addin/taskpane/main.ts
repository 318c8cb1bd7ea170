// Task-pane entry: wait for office.js, then mount the pane on Excel's request context.
import { uiAddin } from "../../core/messages/ui-addin.ts";
import { officeCapabilities, officeReady, officeRunner, watchWorksheetChanges } from "../excel/office.ts";
import { mountPane } from "./pane.ts";
import "./styles.css";

const root = document.getElementById("app")!;

officeReady().then(
  (inExcel) => {
    if (!inExcel) {
      root.textContent = uiAddin("id").officeMissing;
      return;
    }
    mountPane(root, { deps: { run: officeRunner, caps: officeCapabilities() }, watch: watchWorksheetChanges, storage: window.localStorage });
  },
  () => {
    root.textContent = uiAddin("id").officeMissing;
  },
);
