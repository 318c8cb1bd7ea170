// The one module that touches webextension-polyfill. Chrome 148+ ships `browser` natively and Mozilla
// no longer updates the polyfill, so keeping it behind one import lets us swap it in one place
// (and lets unit tests replace it with @webext-core/fake-browser through vi.mock). The content
// scripts' build already does: there the import resolves to ./native-browser.ts (10 KB less per page).
import browser from "webextension-polyfill";

export type { Browser, Runtime, Tabs, Storage, Scripting, Permissions } from "webextension-polyfill";
export { browser };
export default browser;
