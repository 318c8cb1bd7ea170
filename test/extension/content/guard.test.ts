// @vitest-environment happy-dom
// The submit guard's decision on script-driven portals (a "Kirim" button that sends by fetch). Form
// submissions (SubmitEvent.submitter, which happy-dom gets wrong) are tested in Chromium:
// test/extension/e2e/content-forms.test.ts.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sharedState } from "../../../extension/content/shared.ts";

const shared = sharedState();
let sent = 0;
let panelOpened = 0;

beforeAll(async () => {
  await import("../../../extension/content/guard.ts");
});

beforeEach(async () => {
  // each test starts in a task of its own, as each of the officer's actions does
  await new Promise((resolve) => setTimeout(resolve, 0));
  document.body.innerHTML = `<button type="button" id="send">Kirim</button><button type="button" id="next">Berikutnya</button>`;
  document.getElementById("send")!.addEventListener("click", () => sent++);
  sent = 0;
  panelOpened = 0;
  shared.mode = "warn";
  shared.warned = false;
  shared.errors = () => 3;
  shared.stopped = () => panelOpened++;
});

const click = (id: string) => document.getElementById(id)!.click();

describe("warn mode (the default)", () => {
  it("stops the first send with errors, opens the panel, and lets the deliberate second one through", () => {
    click("send");
    expect(sent).toBe(0);
    expect(panelOpened).toBe(1);
    click("send");
    expect(sent).toBe(1);
  });

  it("lets 'Tetap kirim' send the stopped attempt", () => {
    click("send");
    expect(sent).toBe(0);
    expect(shared.proceed!()).toBe(true);
    expect(sent).toBe(1);
    expect(shared.proceed!()).toBe(false);
  });

  it("never touches buttons that do not send", () => {
    let next = 0;
    document.getElementById("next")!.addEventListener("click", () => next++);
    click("next");
    expect(next).toBe(1);
    expect(panelOpened).toBe(0);
  });

  it("warns again on the next form once a send went through without errors", () => {
    // stopped once; the officer fixes everything and sends
    click("send");
    shared.errors = () => 0;
    click("send");
    expect(sent).toBe(1);
    // a single-page portal shows the next innovation's form: its first send with errors is stopped
    shared.errors = () => 2;
    click("send");
    expect(sent).toBe(1);
    expect(panelOpened).toBe(2);
  });

  it("sends a form without errors at once", () => {
    shared.errors = () => 0;
    click("send");
    expect(sent).toBe(1);
  });
});

describe("other forms on the page", () => {
  it("never stops a form that does not hold the checked fields (a search box, a filter), even in block mode", () => {
    shared.mode = "block";
    document.body.innerHTML = `<form id="search"><input name="q"><button type="button" id="save-filter">Simpan filter</button></form><button type="button" id="send">Kirim</button>`;
    const search = document.getElementById("search") as HTMLFormElement;
    shared.holds = (form) => form !== search;
    let saved = 0;
    document.getElementById("save-filter")!.addEventListener("click", () => saved++);
    click("save-filter");
    expect(saved).toBe(1);
    const submit = new Event("submit", { cancelable: true, bubbles: true });
    search.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(false);
    // the innovation's own send is still stopped
    document.getElementById("send")!.addEventListener("click", () => sent++);
    click("send");
    expect(sent).toBe(0);
    expect(panelOpened).toBe(1);
    delete shared.holds;
  });
});

describe("saving a draft", () => {
  it("is never stopped, even in block mode: \"Simpan Draf\" / \"Save draft\" keeps work, it does not send it", () => {
    shared.mode = "block";
    document.body.innerHTML = `<button type="button" id="draf">Simpan Draf</button><button type="button" id="draft">Save as draft</button><button type="button" id="send">Simpan</button>`;
    let saved = 0;
    for (const id of ["draf", "draft"]) document.getElementById(id)!.addEventListener("click", () => saved++);
    document.getElementById("send")!.addEventListener("click", () => sent++);
    click("draf");
    click("draft");
    expect(saved).toBe(2);
    click("send");
    expect(sent).toBe(0);
    expect(panelOpened).toBe(1);
  });

  it("is only a save: a button that sends the draft (\"Kirim Draf\", \"Submit draft\", \"Ajukan Konsep\") is still stopped", () => {
    shared.mode = "block";
    const names = ["Kirim Draf", "Kirim draf inovasi", "Submit draft", "Ajukan Konsep", "Simpan dan Kirim Draf", "Kirim (data sementara dihapus)"];
    document.body.innerHTML = names.map((name, i) => `<button type="button" id="b${i}">${name}</button>`).join("");
    names.forEach((_, i) => document.getElementById(`b${i}`)!.addEventListener("click", () => sent++));
    names.forEach((_, i) => click(`b${i}`));
    expect(sent).toBe(0);
    expect(panelOpened).toBe(names.length);
  });

  it("is recognised when its text runs over lines or stands alone (\"Simpan\\n Sementara\", \"Draf\")", () => {
    shared.mode = "block";
    document.body.innerHTML = `<button type="button" id="a">Simpan\n    Sementara</button><input type="button" id="b" value="Draf">`;
    let saved = 0;
    for (const id of ["a", "b"]) document.getElementById(id)!.addEventListener("click", () => saved++);
    click("a");
    click("b");
    expect(saved).toBe(2);
    expect(panelOpened).toBe(0);
  });
});

describe("block and off", () => {
  it("block stops every attempt while errors remain", () => {
    shared.mode = "block";
    click("send");
    click("send");
    expect(sent).toBe(0);
    expect(panelOpened).toBe(2);
  });

  it("off never stops", () => {
    shared.mode = "off";
    click("send");
    expect(sent).toBe(1);
  });
});

describe("failing open", () => {
  it("lets the send through when the checker throws", () => {
    shared.errors = () => {
      throw new Error("checker crashed");
    };
    click("send");
    expect(sent).toBe(1);
  });

  it("lets the send through when there is no state at all (main script not loaded)", () => {
    delete shared.errors;
    click("send");
    expect(sent).toBe(1);
  });
});

describe("IME composition", () => {
  it("does not count Enter that confirms a composition as an attempt to send", () => {
    document.body.innerHTML = `<form id="f"><input id="i"></form>`;
    const form = document.getElementById("f") as HTMLFormElement;
    const input = document.getElementById("i")!;
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", isComposing: true, bubbles: true }));
    const submit = new Event("submit", { cancelable: true, bubbles: true });
    form.dispatchEvent(submit);
    // stopped quietly: no panel, and the warning is not used up, so the next real attempt still warns
    expect(submit.defaultPrevented).toBe(true);
    expect(panelOpened).toBe(0);
    expect(shared.warned).toBe(false);
  });
});
