// @vitest-environment happy-dom
// From a form on the page to the core's innovation input: which controls are fields, what each one
// means, and what their values are.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { getFramework } from "../../../core/framework/registry.ts";
import { collectFields, type FormField } from "../../../extension/content/fields/collect.ts";
import { buildState } from "../../../extension/content/fields/state.ts";
import { profileFor, profiles } from "../../../extension/content/profiles/index.ts";

const framework = getFramework("iid-2026");
const generic = profileFor(new URL("https://inovasi.example.go.id/form"));
const portal = profiles.find((p) => p.id === "iid-portal")!;
const FIXTURES = join(import.meta.dirname, "..", "fixtures");

const collect = (profile = generic): FormField[] => collectFields(document, framework, profile);
const targetOf = (fields: FormField[], el: Element | null) => fields.find((f) => f.controls.includes(el as HTMLElement))?.target;

function loadFixture(name: string): void {
  const html = readFileSync(join(FIXTURES, name), "utf8");
  document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(html)![1]!.replace(/<script>[\s\S]*?<\/script>/g, "");
}

function setFiles(input: HTMLInputElement, files: File[]): void {
  Object.defineProperty(input, "files", { configurable: true, value: Object.assign([...files], { item: (i: number) => files[i] ?? null }) });
}

beforeEach(() => {
  document.body.innerHTML = "";
});

describe("collecting fields", () => {
  it("finds inputs, selects, textareas, radio groups, editors and uploads, and skips buttons and hidden inputs", () => {
    document.body.innerHTML = `<form>
      <input type="hidden" name="_token" value="x"><input type="submit" value="Kirim"><button>Simpan</button>
      <label for="n">Nama Inovasi</label><input id="n">
      <label for="s">Tahapan Inovasi</label><select id="s"><option value="">-- Pilih --</option><option>Penerapan</option></select>
      <label for="t">Tujuan Inovasi Daerah</label><textarea id="t"></textarea>
      <fieldset><legend>Jenis Inovasi</legend><label><input type="radio" name="j"> Digital</label><label><input type="radio" name="j"> Non Digital</label></fieldset>
      <div aria-label="Hasil Inovasi" contenteditable="true"><p>Hasil</p></div>
      <h3>16. Regulasi Inovasi Daerah</h3><div><label for="f">Bukti Dukung</label><input id="f" type="file"></div>
      <label><input type="checkbox" name="setuju"> Saya setuju</label>
    </form>`;
    const fields = collect();
    expect(fields.map((f) => f.kind).sort()).toEqual(["editable", "file", "radio", "select", "text", "text"]);
    expect(fields.map((f) => f.target && ("part" in f.target ? `${f.target.key}.${f.target.part}` : f.target.key)).sort()).toEqual(["16.evidence", "goal", "name", "result", "stage", "type"]);
  });

  it("reads a rich-text editor from its visible editable element, named by the hidden textarea's label", () => {
    document.body.innerHTML = `<label for="rb">Rancang Bangun (Minimal 300 kata)</label>
      <div class="wrap"><textarea id="rb" style="display:none"></textarea><div class="note-editor"><div class="note-editable" contenteditable="true"><p>Dasar hukum</p><p>Permasalahan</p></div></div></div>`;
    const fields = collect();
    expect(fields).toHaveLength(1);
    expect(fields[0]!.kind).toBe("editable");
    expect(fields[0]!.element.className).toBe("note-editable");
    expect(fields[0]!.target).toEqual({ kind: "profile", key: "design" });
    // paragraphs read as separate words, not "hukumPermasalahan"
    expect(buildState(fields, framework).input.design).toMatch(/hukum\s+Permasalahan/);
  });

  it("walks into open shadow roots", () => {
    const host = document.createElement("div");
    document.body.append(host);
    host.attachShadow({ mode: "open" }).innerHTML = `<label for="x">Nama Inovasi</label><input id="x" value="SIPANDU">`;
    const fields = collect();
    expect(fields.map((f) => f.target)).toEqual([{ kind: "profile", key: "name" }]);
    expect(buildState(fields, framework).input.name).toBe("SIPANDU");
  });

  it("ties an indicator block's Parameter, Dasar and Bukti Dukung to the indicator in its heading, not to a number in the label", () => {
    document.body.innerHTML = `
      <fieldset><legend>33. Kemanfaatan inovasi (wajib)</legend>
        <label for="b">Dasar Kemanfaatan</label><select id="b"></select>
        <label for="l">Parameter</label><select id="l"></select>
        <label for="f">Unggah bukti (PDF maks 20 MB)</label><input id="f" type="file"></fieldset>
      <fieldset><legend>35. Video inovasi daerah</legend><label for="v">Tautan Video</label><input id="v" type="url"></fieldset>`;
    const fields = collect();
    expect(targetOf(fields, document.getElementById("b"))).toEqual({ kind: "indicator", key: "33", part: "basis" });
    expect(targetOf(fields, document.getElementById("l"))).toEqual({ kind: "indicator", key: "33", part: "level" });
    expect(targetOf(fields, document.getElementById("f"))).toEqual({ kind: "indicator", key: "33", part: "evidence" });
    expect(targetOf(fields, document.getElementById("v"))).toEqual({ kind: "indicator", key: "35", part: "evidence" });
  });

  it("recognises every field of the table layout without for= attributes", () => {
    loadFixture("table.html");
    const fields = collect();
    const recognised = fields.filter((f) => f.target);
    // 16 profile fields, 20 parameters, 20 uploads, indicator 33's basis and indicator 35's link
    expect(recognised).toHaveLength(58);
    const parts = recognised.map((f) => f.target).filter((t) => t?.kind === "indicator").map((t) => t?.kind === "indicator" && `${t.key}.${t.part}`);
    expect(parts).toContain("33.basis");
    expect(parts.filter((p) => String(p).endsWith(".level"))).toHaveLength(20);
  });

  it("lets a portal profile's selectors win over what the label says", () => {
    document.body.innerHTML = `<label for="a">Judul</label><input id="a" name="rancang_bangun">`;
    expect(collect()[0]!.target).toEqual({ kind: "profile", key: "name" });
    expect(collect(portal)[0]!.target).toEqual({ kind: "profile", key: "design" });
    expect(collect(portal)[0]!.via).toBe("profile");
  });
});

describe("building the innovation input", () => {
  it("reads option texts for profile choices, codes 1-3 for parameters and the basis letter", () => {
    loadFixture("plain.html");
    const q = <T extends HTMLElement>(key: string) => document.querySelector<T>(`[data-q="${key}"]`)!;
    q<HTMLInputElement>("name").value = "SIPANDU";
    q<HTMLSelectElement>("stage").value = "3";
    q<HTMLInputElement>("type-2").checked = true;
    q<HTMLSelectElement>("16-level").value = "2";
    q<HTMLSelectElement>("33-basis").value = "e";
    q<HTMLSelectElement>("33-level").value = "1";
    q<HTMLInputElement>("35-link").value = "https://youtu.be/abc";
    const { input, fieldAt } = buildState(collect(), framework);
    expect(input.name).toBe("SIPANDU");
    expect(input.stage).toBe("Penerapan");
    expect(input.type).toBe("Non Digital");
    expect(input.indicators?.["16"]).toEqual({ level: 2 });
    expect(input.indicators?.["33"]).toEqual({ level: 1, basis: "e" });
    expect(input.indicators?.["35"]).toEqual({ evidence: ["https://youtu.be/abc"] });
    expect(fieldAt.get("indicators.16.evidence")?.kind).toBe("file");
  });

  it("describes an uploaded file by name, size and type only", () => {
    document.body.innerHTML = `<h3>16. Regulasi Inovasi Daerah</h3><label for="f">Bukti Dukung</label><input id="f" type="file">`;
    const input = document.getElementById("f") as HTMLInputElement;
    setFiles(input, [new File(["%PDF-1.4 secret contents"], "perbup-12.pdf", { type: "application/pdf" })]);
    const state = buildState(collect(), framework);
    expect(state.input.indicators?.["16"]?.evidence).toEqual([{ name: "perbup-12.pdf", size: 24, type: "application/pdf" }]);
    expect(JSON.stringify(state.input)).not.toContain("secret");
  });

  it("keeps the values of a wizard's hidden steps", () => {
    loadFixture("wizard.html");
    const design = document.querySelector<HTMLTextAreaElement>('[data-q="design"]')!;
    design.value = "Dasar hukum dan permasalahan";
    expect(design.closest("section")!.hidden).toBe(true);
    expect(buildState(collect(), framework).input.design).toBe("Dasar hukum dan permasalahan");
  });

  it("treats a '-- Pilih --' placeholder option as no choice", () => {
    document.body.innerHTML = `<label for="s">Tahapan Inovasi</label><select id="s"><option value="">-- Pilih --</option><option value="1">Inisiatif</option></select>`;
    expect(buildState(collect(), framework).input.stage).toBeUndefined();
  });
});
