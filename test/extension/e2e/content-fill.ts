// Fills a fixture form the way an officer would, through the data-q hooks the fixture generator puts
// on every control (the extension never reads them). Works for pages, frames and open shadow roots
// (Playwright's CSS locators pierce open shadow roots).
import type { FrameLocator, Locator, Page } from "playwright-core";

type Scope = Page | FrameLocator;

/**
 * A control by its data-q hook; on a page, also inside same-origin iframes (a CKEditor-style editor
 * is the body of one).
 */
async function field(scope: Scope, key: string): Promise<Locator> {
  const here = scope.locator(`[data-q="${key}"]`).first();
  if (!("frames" in scope) || (await here.count()) > 0) return here;
  for (const frame of scope.frames()) {
    const there = frame.locator(`[data-q="${key}"]`).first();
    if ((await there.count()) > 0) return there;
  }
  return here;
}

const PARTS = [
  "Dasar hukum: Peraturan Bupati Nomor 12 Tahun 2023 tentang layanan kesehatan keliling menjadi landasan pelaksanaan inovasi ini di seluruh kecamatan.",
  "Permasalahan: warga desa terpencil harus menempuh perjalanan jauh ke puskesmas sehingga banyak pemeriksaan rutin terlewat dan penyakit terlambat ditangani.",
  "Isu strategis: pemerataan akses layanan kesehatan dasar dan penurunan angka kematian ibu serta balita di wilayah dengan akses transportasi terbatas.",
  "Metode pembaharuan: tim puskesmas keliling dijadwalkan melalui aplikasi sehingga warga mendaftar dari rumah dan petugas datang sesuai antrean digital.",
  "Keunggulan dan kebaharuan: jadwal kunjungan terbuka, rekam medis elektronik terhubung dengan puskesmas induk, dan laporan harian otomatis kepada dinas.",
  "Tahapan inovasi: identifikasi desa sasaran, penyusunan jadwal, pelatihan petugas, uji coba di dua kecamatan, penerapan di seluruh kabupaten, dan evaluasi berkala.",
];

/** A design text of at least `words` words that names all six recommended parts. */
export function designText(words = 330): string {
  const filler = "Kegiatan ini dilaksanakan bersama kader desa agar pelayanan berjalan tertib, terukur, dan mudah diawasi oleh masyarakat setempat.";
  const out = [...PARTS];
  while (out.join(" ").split(/\s+/).length < words) out.push(filler);
  return out.join("\n\n");
}

const pdf = (name: string) => ({ name, mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n% fixture\n") });
const png = (name: string) => ({ name, mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });

export async function fillProfile(scope: Scope, options: { design?: string } = {}): Promise<void> {
  await fillChoices(scope);
  await fillTexts(scope, options);
}

/** Everything but the long texts (a wizard's first step). */
export async function fillChoices(scope: Scope): Promise<void> {
  const q = (key: string) => scope.locator(`[data-q="${key}"]`).first();
  await q("name").fill("SIPANDU: Layanan Kesehatan Keliling");
  await q("stage").selectOption({ label: "Penerapan" });
  await q("initiator").selectOption({ label: "OPD" });
  await q("initiatorName").fill("Dinas Kesehatan Kabupaten Contoh");
  await q("classification").selectOption({ label: "Inovasi Perangkat Daerah" });
  await q("type-1").check();
  await q("form").selectOption({ label: "Inovasi Pelayanan Publik" });
  await q("mainAffair").selectOption({ label: "Kesehatan" });
  await q("otherAffairs").selectOption([{ label: "Sosial" }]);
  await q("trialDate").fill("2024-02-01");
  await q("implementationDate").fill("2024-06-03");
}

export async function fillTexts(scope: Scope, options: { design?: string } = {}): Promise<void> {
  const q = (key: string) => field(scope, key);
  await (await q("design")).fill(options.design ?? designText());
  await (await q("goal")).fill("Mendekatkan layanan kesehatan dasar kepada warga desa terpencil.");
  await (await q("benefit")).fill("Warga memperoleh pemeriksaan rutin tanpa perjalanan jauh; biaya transportasi berkurang.");
  await (await q("result")).fill("Kunjungan pemeriksaan naik dari 1.200 menjadi 4.800 per tahun di 12 desa sasaran.");
}

/** Every indicator at parameter 3 with evidence of an accepted type (indicator 35 by a YouTube link). */
export async function fillIndicators(scope: Scope): Promise<void> {
  for (let key = 16; key <= 35; key++) {
    const level = scope.locator(`[data-q="${key}-level"]`).first();
    if (key === 33) await scope.locator(`[data-q="33-basis"]`).first().selectOption("a");
    await level.selectOption("3");
    if (key === 35) await scope.locator(`[data-q="35-link"]`).first().fill("https://youtu.be/dQw4w9WgXcQ");
    else {
      const image = [25, 27, 29, 30].includes(key);
      await scope.locator(`[data-q="${key}-file"]`).first().setInputFiles(image ? png(`bukti-${key}.png`) : pdf(`bukti-${key}.pdf`));
    }
  }
}
