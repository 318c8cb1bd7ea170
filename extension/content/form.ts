// Content script entry of the form kit (./form-kit.ts), content/form.js: injected by the background
// into a frame where main.js recognised a form (scripting.executeScript, the extension's isolated
// world, the one main.js runs in), it only puts the kit where main.js looks for it. Evaluated a
// second time, it leaves the first copy in place.
import { formKit } from "./form-kit.ts";
import { sharedState } from "./shared.ts";

sharedState().kit ??= formKit;
