// @vitest-environment happy-dom
// How a field's label is read, in the orders real portals lay their forms out.
import { beforeEach, describe, expect, it } from "vitest";
import { groupLabelOf, labelOf, sectionsOf } from "../../../extension/content/fields/labels.ts";

const $ = <T extends HTMLElement = HTMLElement>(selector: string): T => document.querySelector<T>(selector)!;

beforeEach(() => {
  document.body.innerHTML = "";
});

describe("labelOf", () => {
  it("reads <label for>", () => {
    document.body.innerHTML = `<label for="a">Nama Inovasi</label><input id="a">`;
    expect(labelOf($("#a"))).toBe("Nama Inovasi");
  });

  it("reads an ancestor <label> without the options of the select inside it", () => {
    document.body.innerHTML = `<label>Tahapan Inovasi <select id="s"><option>Inisiatif</option><option>Penerapan</option></select></label>`;
    expect(labelOf($("#s"))).toBe("Tahapan Inovasi");
  });

  it("drops the required-field star and the trailing colon", () => {
    document.body.innerHTML = `<label for="a">* Nama Inisiator :</label><input id="a">`;
    expect(labelOf($("#a"))).toBe("Nama Inisiator");
  });

  it("reads aria-labelledby, then aria-label", () => {
    document.body.innerHTML = `<span id="l1">Waktu</span><span id="l2">Penerapan</span><input id="a" aria-labelledby="l1 l2"><input id="b" aria-label="Hasil Inovasi">`;
    expect(labelOf($("#a"))).toBe("Waktu Penerapan");
    expect(labelOf($("#b"))).toBe("Hasil Inovasi");
  });

  it("reads the table cell to the left, skipping a lone colon cell (table layouts without for=)", () => {
    document.body.innerHTML = `<table><tr><td>Waktu Uji Coba Inovasi Daerah</td><td>:</td><td><input id="a" type="date"></td></tr></table>`;
    expect(labelOf($("#a"))).toBe("Waktu Uji Coba Inovasi Daerah");
  });

  it("reads the column header when the cell to the left holds another control (an indicator grid)", () => {
    document.body.innerHTML = `<table><thead><tr><th>No</th><th>Indikator</th><th>Parameter</th><th>Bukti Dukung</th></tr></thead>
      <tbody><tr><td>16</td><td>Regulasi Inovasi Daerah</td><td><select id="s"></select></td><td><input id="f" type="file"></td></tr></tbody></table>`;
    expect(labelOf($("#s"))).toBe("Regulasi Inovasi Daerah");
    expect(labelOf($("#f"))).toBe("Bukti Dukung");
  });

  it("reads the cell above when the label sits in the row above", () => {
    document.body.innerHTML = `<table><tr><td>Rancang Bangun</td></tr><tr><td><textarea id="t"></textarea></td></tr></table>`;
    expect(labelOf($("#t"))).toBe("Rancang Bangun");
  });

  it("reads the text just before the control, but never borrows the previous field's label", () => {
    document.body.innerHTML = `<div><span>Tujuan Inovasi Daerah</span><textarea id="t"></textarea></div>
      <div><span>Manfaat</span><input id="m"><input class="second"></div>`;
    expect(labelOf($("#t"))).toBe("Tujuan Inovasi Daerah");
    expect(labelOf($("#m"))).toBe("Manfaat");
    expect(labelOf($(".second"))).toBe("");
  });

  it("falls back to the placeholder, then to the name attribute read as words", () => {
    document.body.innerHTML = `<input id="p" placeholder="Nama Inovasi"><div><input id="n" name="waktu_penerapan"></div>`;
    expect(labelOf($("#p"))).toBe("Nama Inovasi");
    expect(labelOf($("#n"))).toBe("waktu penerapan");
  });
});

describe("groupLabelOf", () => {
  it("names a radio group by its fieldset legend, not by an option's label", () => {
    document.body.innerHTML = `<fieldset><legend>Jenis Inovasi</legend><label><input type="radio" name="j" value="1"> Digital</label><label><input type="radio" name="j" value="2"> Non Digital</label></fieldset>`;
    expect(groupLabelOf([...document.querySelectorAll<HTMLInputElement>("input")])).toBe("Jenis Inovasi");
  });

  it("names a radio group by its radiogroup's aria-labelledby", () => {
    document.body.innerHTML = `<span id="l">Jenis Inovasi</span><span role="radiogroup" aria-labelledby="l"><label><input type="radio" name="j"> Digital</label><label><input type="radio" name="j"> Non Digital</label></span>`;
    expect(groupLabelOf([...document.querySelectorAll<HTMLInputElement>("input")])).toBe("Jenis Inovasi");
  });
});

describe("sectionsOf", () => {
  it("finds the heading of an indicator block", () => {
    document.body.innerHTML = `<h2>Profil</h2><div class="block"><h3>16. Regulasi Inovasi Daerah</h3><div><label>Parameter</label><select id="s"></select></div></div>`;
    expect(sectionsOf($("#s"))).toContain("16. Regulasi Inovasi Daerah");
  });

  it("reads a table row's leading cells as the section of a control in that row", () => {
    document.body.innerHTML = `<table><tr><td>33</td><td>Kemanfaatan inovasi</td><td><select id="s"></select></td></tr></table>`;
    expect(sectionsOf($("#s"))[0]).toBe("33 Kemanfaatan inovasi");
  });
});
