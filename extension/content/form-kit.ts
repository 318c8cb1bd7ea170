// The form kit: the checker and what shows its findings (overlay, panel, the message catalogue).
// Only pages with an innovation form need it, so it is its own script (content/form.js, entry
// ./form.ts) that the background injects once main.js has recognised a form; main.js itself
// carries only what finding out takes. The unit tests and the benchmark hand it to ContentApp
// directly. main.js imports nothing from here but types.
import { checkInnovation } from "../../core/check.ts";
import { Overlay } from "./ui/overlay.ts";
import { viewOf } from "./ui/view.ts";

export const formKit = {
  /** The core's check of one innovation; always given main.js's compiled framework (see kit-framework.ts). */
  check: checkInnovation,
  /** A check's findings as the overlay shows them. */
  viewOf,
  Overlay,
};

export type FormKit = typeof formKit;

export type CheckOutcome = ReturnType<typeof checkInnovation>;
