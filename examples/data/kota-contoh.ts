// "Kota Contoh": a fictional city's IID 2026 submission, as staff would prepare it. The data behind
// examples/kota-contoh.json and examples/kota-contoh.xlsx (both written by build-examples.ts).
// It carries a handful of the mistakes reviewers really see; they are listed in MISTAKES below.
import type { InnovationInput, SubmissionInput } from "../../core/index.ts";

type SidKey = "16" | "17" | "18" | "19" | "20" | "21" | "22" | "23" | "24" | "25" | "26" | "27" | "28" | "29" | "30" | "31" | "32" | "33" | "34" | "35";

/** Evidence file names as agencies name them, per indicator. */
const EVIDENCE: Record<SidKey, (slug: string) => string> = {
  "16": () => "perwal-kota-contoh-7-2024-inovasi-daerah.pdf",
  "17": (s) => `sk-tim-pengelola-${s}-2025.pdf`,
  "18": (s) => `dpa-${s}-2024-2025-stabilo.pdf`,
  "19": (s) => `tangkapan-layar-aplikasi-${s}.png`,
  "20": (s) => `daftar-hadir-bimtek-${s}.pdf`,
  "21": (s) => `rkpd-2024-2025-halaman-${s}.pdf`,
  "22": (s) => `pks-mitra-${s}.pdf`,
  "23": (s) => `sk-pelaksana-${s}.pdf`,
  "24": (s) => `surat-tugas-jejaring-${s}.pdf`,
  "25": (s) => `berita-media-${s}.jpg`,
  "26": (s) => `pedoman-teknis-${s}.pdf`,
  "27": (s) => `kanal-informasi-${s}.png`,
  "28": (s) => `sop-layanan-${s}.pdf`,
  "29": (s) => `rekap-pengaduan-${s}.png`,
  "30": (s) => `integrasi-layanan-${s}.png`,
  "31": (s) => `pks-replikasi-${s}.pdf`,
  "32": (s) => `laporan-tahapan-penciptaan-${s}.pdf`,
  "33": (s) => `rekap-penerima-manfaat-${s}.pdf`,
  "34": (s) => `laporan-skm-${s}-2025.pdf`,
  "35": (s) => `https://youtu.be/kc-${s}`,
};

type Answers = Partial<Record<SidKey, number>>;

/** Indicator answers with the usual evidence; `without` lists indicators whose evidence was forgotten. */
function indicators(slug: string, levels: Answers, options: { basis?: string; without?: SidKey[]; extra?: Partial<Record<SidKey, string[]>> } = {}): NonNullable<InnovationInput["indicators"]> {
  const out: NonNullable<InnovationInput["indicators"]> = {};
  for (const [key, level] of Object.entries(levels) as [SidKey, number][]) {
    const evidence = options.without?.includes(key) ? [] : [EVIDENCE[key](slug), ...(options.extra?.[key] ?? [])];
    out[key] = { level, ...(key === "33" ? { basis: options.basis ?? "a" } : {}), ...(evidence.length ? { evidence } : {}) };
  }
  return out;
}

const BASE_LAW =
  "Inovasi ini berpijak pada Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah, Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah, Peraturan Menteri Dalam Negeri Nomor 104 Tahun 2018 tentang Penilaian dan Pemberian Penghargaan dan/atau Insentif Inovasi Daerah, serta Peraturan Daerah Kota Contoh Nomor 5 Tahun 2023 tentang Penyelenggaraan Inovasi Daerah.";

const PLAN_LAW =
  "Inovasi ini juga selaras dengan Peraturan Daerah Kota Contoh Nomor 2 Tahun 2025 tentang Rencana Pembangunan Jangka Menengah Daerah Tahun 2025-2029 dan tercantum dalam Peraturan Wali Kota Contoh Nomor 7 Tahun 2024 tentang Penetapan Inovasi Daerah, yang memuat daftar nama inovasi perangkat daerah.";
const MISSION = "Isu ini sejalan dengan misi Wali Kota untuk mewujudkan pelayanan publik yang cepat, mudah dan berkeadilan bagi seluruh warga Kota Contoh.";
const FOLLOW_UP =
  "Setiap tahap didokumentasikan dalam laporan kemajuan, dan masukan pengguna layanan dihimpun melalui survei kepuasan masyarakat serta kotak saran untuk perbaikan berkelanjutan.";

type DesignParts = { law: string; problem: string; issue: string; method: string; novelty: string; stages: string };

/** A rancang bangun in the six parts the 2026 guideline recommends. */
function design(parts: DesignParts): string {
  return [
    `a. Dasar Hukum\n${BASE_LAW} ${parts.law} ${PLAN_LAW}`,
    `b. Permasalahan\n${parts.problem}`,
    `c. Isu Strategis\n${parts.issue} ${MISSION}`,
    `d. Metode Pembaharuan\n${parts.method}`,
    `e. Keunggulan dan Kebaharuan\n${parts.novelty}`,
    `f. Tahapan Inovasi\n${parts.stages} ${FOLLOW_UP}`,
  ].join("\n\n");
}

const innovations: InnovationInput[] = [
  {
    name: "SIPANDU Sekolah (Sistem Pemantauan Kehadiran dan Mutu Belajar)",
    agency: "Dinas Pendidikan",
    stage: "Penerapan",
    initiator: "OPD",
    initiatorName: "Tim Bidang Pembinaan SD Dinas Pendidikan",
    classification: "Inovasi Perangkat Daerah",
    type: "Digital",
    form: "Inovasi Pelayanan Publik",
    mainAffair: "Pendidikan",
    otherAffairs: ["Komunikasi dan Informatika"],
    trialDate: "2023-08-14",
    implementationDate: "2024-01-15",
    developmentDate: null,
    design: design({
      law: "Secara khusus SIPANDU Sekolah ditetapkan dalam Keputusan Kepala Dinas Pendidikan Kota Contoh Nomor 420/118/Disdik/2024 tentang Penerapan Sistem Pemantauan Kehadiran dan Mutu Belajar.",
      problem:
        "Angka ketidakhadiran siswa sekolah dasar di Kota Contoh mencapai 7,8 persen pada tahun ajaran 2022/2023 dan data kehadiran baru sampai ke Dinas Pendidikan setiap akhir semester. Guru mencatat presensi di buku, sehingga siswa yang sering absen terlambat ditangani dan orang tua tidak mendapat pemberitahuan.",
      issue:
        "Pemulihan pembelajaran pascapandemi dan pencegahan anak putus sekolah menjadi prioritas RPJMD Kota Contoh. Rapor Pendidikan menunjukkan kemampuan literasi dan numerasi di 31 sekolah masih di bawah kompetensi minimum.",
      method:
        "Presensi dicatat guru melalui aplikasi ponsel setiap pagi. Sistem mengirim pesan WhatsApp otomatis kepada orang tua bila siswa tidak hadir dan menandai siswa yang absen tiga hari berturut-turut untuk dikunjungi guru bimbingan. Dasbor kecamatan menggabungkan kehadiran dengan hasil asesmen harian sehingga pengawas dapat menentukan sekolah yang perlu pendampingan.",
      novelty:
        "Untuk pertama kalinya data kehadiran dan mutu belajar tersedia setiap hari, bukan per semester. Aplikasi bekerja luring dan menyinkronkan data ketika ada sinyal, sehingga sekolah di pinggiran kota tetap dapat memakainya tanpa biaya tambahan.",
      stages:
        "Penjaringan ide dilakukan pada Mei 2023 bersama kepala sekolah dan pengawas. Uji coba berlangsung di 12 sekolah dasar Kecamatan Contoh Utara mulai Agustus 2023. Setelah evaluasi, penerapan diperluas ke seluruh 96 sekolah dasar negeri sejak Januari 2024, disertai pelatihan operator sekolah dan pemantauan bulanan oleh tim pengelola.",
    }),
    goal: "Menurunkan angka ketidakhadiran siswa dan mempercepat penanganan siswa berisiko putus sekolah.",
    benefit: "Orang tua mengetahui kehadiran anak pada hari yang sama; sekolah dan dinas dapat bertindak cepat berdasarkan data.",
    result: "Ketidakhadiran siswa turun dari 7,8 persen menjadi 4,1 persen pada tahun ajaran 2024/2025; 312 siswa berisiko mendapat kunjungan rumah.",
    indicators: indicators("sipandu", { "16": 2, "17": 2, "18": 3, "19": 3, "20": 2, "21": 2, "22": 2, "23": 3, "24": 2, "25": 2, "26": 3, "27": 3, "28": 3, "29": 2, "30": 2, "32": 2, "33": 3, "34": 2, "35": 3 }),
  },
  {
    name: "Posyandu Digital Bunda Sehat",
    agency: "Dinas Kesehatan",
    stage: "Penerapan",
    initiator: "ASN",
    initiatorName: "dr. Ratna Wulandari, Kepala Puskesmas Contoh Barat",
    classification: "Inovasi Perangkat Daerah",
    type: "Digital",
    form: "Inovasi Pelayanan Publik",
    mainAffair: "Kesehatan",
    otherAffairs: ["Pengendalian Penduduk dan Keluarga Berencana"],
    trialDate: "2023-10-02",
    implementationDate: "2024-03-01",
    developmentDate: null,
    design: design({
      law: "Penerapannya ditetapkan dengan Keputusan Wali Kota Contoh Nomor 440/215/2024 tentang Posyandu Digital dan Peraturan Wali Kota Contoh Nomor 12 Tahun 2023 tentang Percepatan Penurunan Stunting.",
      problem:
        "Kader posyandu mencatat penimbangan balita di buku register yang direkap manual setiap bulan. Rekap sering terlambat hingga enam minggu, data ganda sulit dikenali, dan balita dengan berat badan tidak naik dua bulan berturut-turut tidak segera dirujuk ke puskesmas. Prevalensi stunting Kota Contoh masih 18,2 persen pada 2023.",
      issue:
        "Percepatan penurunan stunting adalah program prioritas nasional dan daerah. Kota Contoh menargetkan prevalensi di bawah 14 persen, sehingga deteksi dini gangguan pertumbuhan di tingkat posyandu menjadi kunci.",
      method:
        "Kader memasukkan hasil penimbangan dan pengukuran ke formulir daring sederhana di ponsel. Sistem menghitung status gizi menurut standar WHO secara otomatis, memberi tanda merah pada balita berisiko, dan meneruskan daftar rujukan kepada bidan kelurahan. Ibu hamil menerima pengingat jadwal pemeriksaan melalui pesan singkat.",
      novelty:
        "Status gizi dihitung saat itu juga di meja posyandu, tidak menunggu rekap bulanan. Data puskesmas, kelurahan dan dinas berasal dari satu sumber sehingga tidak ada lagi perbedaan angka antarinstansi.",
      stages:
        "Ide muncul dari forum lokakarya mini puskesmas pada Juli 2023. Uji coba dilakukan di 20 posyandu wilayah Puskesmas Contoh Barat mulai Oktober 2023. Mulai Maret 2024 seluruh 412 posyandu menerapkannya setelah kader mendapat bimbingan teknis bertahap, dan evaluasi triwulanan dipimpin Bidang Kesehatan Masyarakat.",
    }),
    goal: "Mendeteksi gangguan pertumbuhan balita lebih cepat dan mempercepat rujukan.",
    benefit: "Kader bekerja lebih ringan, ibu balita menerima informasi status gizi anak saat itu juga.",
    result: "Waktu rujukan balita berisiko turun dari rata-rata 38 hari menjadi 6 hari; prevalensi stunting 15,9 persen pada 2025.",
    indicators: indicators("posyandu-digital", { "16": 2, "17": 3, "18": 3, "19": 3, "20": 3, "21": 3, "22": 3, "23": 3, "24": 3, "25": 3, "26": 2, "27": 3, "28": 3, "29": 3, "30": 2, "31": 1, "32": 2, "33": 3, "34": 3, "35": 3 }),
  },
  {
    name: "JEBOL Adminduk (Jemput Bola Administrasi Kependudukan)",
    agency: "Dinas Kependudukan dan Pencatatan Sipil",
    stage: "Penerapan",
    initiator: "OPD",
    initiatorName: "Bidang Pelayanan Pendaftaran Penduduk",
    classification: "Inovasi Perangkat Daerah",
    // A common spelling: the official value is "Non Digital".
    type: "Non-Digital",
    form: "Inovasi Pelayanan Publik",
    mainAffair: "Administrasi Kependudukan dan Pencatatan Sipil",
    otherAffairs: ["Sosial"],
    trialDate: "2023-11-06",
    implementationDate: "2024-02-05",
    developmentDate: null,
    design: design({
      law: "Pelaksanaannya diatur dalam Keputusan Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Contoh Nomor 470/022/2024 tentang Layanan Jemput Bola Administrasi Kependudukan.",
      problem:
        "Sebanyak 4.870 penduduk lanjut usia, penyandang disabilitas dan warga panti belum memiliki KTP elektronik pada akhir 2023. Mereka sulit datang ke kantor dinas karena jarak, biaya transportasi dan kondisi fisik, sehingga tidak dapat mengakses bantuan sosial dan layanan kesehatan.",
      issue:
        "Kepemilikan dokumen kependudukan menjadi syarat layanan dasar dan penyaluran bantuan sosial tepat sasaran. Pemutakhiran data terpadu kesejahteraan sosial mensyaratkan NIK yang valid.",
      method:
        "Petugas dengan perangkat perekaman keliling mendatangi rumah, panti dan rumah sakit berdasarkan daftar dari kelurahan dan pendamping sosial. Jadwal kunjungan disusun setiap minggu, dokumen dicetak di kantor lalu diantar kembali oleh petugas kelurahan tanpa biaya.",
      novelty:
        "Layanan tidak menunggu warga datang, tetapi dijemput berdasarkan data sasaran yang diperbarui bersama Dinas Sosial. Kelurahan ikut menjadi titik serah dokumen sehingga warga tidak perlu datang sama sekali.",
      stages:
        "Pemetaan sasaran dilakukan bersama Dinas Sosial pada September 2023. Uji coba di tiga kecamatan dimulai November 2023. Sejak Februari 2024 layanan berjalan di seluruh kecamatan dengan dua tim keliling, dan capaian dilaporkan bulanan kepada Sekretaris Daerah.",
    }),
    goal: "Memastikan kelompok rentan memiliki dokumen kependudukan tanpa harus datang ke kantor.",
    benefit: "Warga rentan dapat mengakses bantuan sosial, BPJS dan layanan kesehatan.",
    result: "3.912 KTP elektronik dan 1.206 kartu keluarga diterbitkan melalui layanan jemput bola sampai Desember 2025.",
    indicators: indicators("jebol-adminduk", { "16": 2, "17": 2, "18": 2, "19": 2, "20": 2, "21": 2, "22": 2, "23": 2, "24": 2, "25": 2, "26": 1, "27": 2, "28": 2, "29": 2, "30": 3, "32": 3, "33": 3, "34": 2, "35": 2 }),
  },
  {
    name: "SIGAP Jalan (Sistem Informasi Gerak Cepat Perbaikan Jalan)",
    agency: "Dinas Pekerjaan Umum dan Penataan Ruang",
    stage: "Penerapan",
    initiator: "Kepala Daerah",
    initiatorName: "Wali Kota Contoh",
    classification: "Inovasi Perangkat Daerah",
    type: "Digital",
    form: "Inovasi Pelayanan Publik",
    mainAffair: "Pekerjaan Umum dan Penataan Ruang",
    otherAffairs: ["Perhubungan"],
    trialDate: "2024-02-01",
    implementationDate: "2024-06-03",
    developmentDate: null,
    design: design({
      law: "SIGAP Jalan ditetapkan dengan Peraturan Wali Kota Contoh Nomor 18 Tahun 2024 tentang Pelaporan dan Penanganan Kerusakan Jalan Kota.",
      problem:
        "Laporan jalan berlubang datang melalui banyak saluran, yaitu surat, media sosial dan telepon, tanpa nomor tiket. Dinas tidak mengetahui lokasi tepat kerusakan, laporan yang sama tercatat berulang, dan rata-rata penanganan mencapai 21 hari sehingga kecelakaan ringan kerap terjadi.",
      issue:
        "Kemantapan jalan kota sebesar 78 persen masih di bawah target RPJMD 85 persen. Keluhan infrastruktur jalan menempati urutan pertama pengaduan masyarakat pada kanal LAPOR Kota Contoh.",
      method:
        "Warga memotret kerusakan melalui aplikasi yang merekam titik koordinat. Laporan otomatis masuk ke antrean regu reaksi cepat sesuai wilayah, diberi nomor tiket, dan statusnya dapat dipantau pelapor sampai perbaikan selesai dengan foto sesudah penanganan.",
      novelty:
        "Setiap laporan memiliki lokasi, foto dan batas waktu penanganan yang dapat dilihat publik. Peta kerusakan membantu dinas menyusun prioritas pemeliharaan berkala berdasarkan data, bukan perkiraan.",
      stages:
        "Perancangan aplikasi dikerjakan bersama Diskominfo pada akhir 2023. Uji coba berlangsung di dua kecamatan sejak Februari 2024, lalu diterapkan di seluruh kota mulai Juni 2024 dengan tiga regu reaksi cepat dan evaluasi waktu penanganan setiap bulan.",
    }),
    goal: "Mempercepat perbaikan jalan rusak dan membuka proses penanganannya kepada warga.",
    benefit: "Warga tahu laporannya ditangani; dinas memiliki peta kerusakan untuk perencanaan.",
    result: "Rata-rata waktu penanganan turun dari 21 hari menjadi 4 hari; 2.184 laporan ditindaklanjuti sampai 2025.",
    indicators: indicators("sigap-jalan", { "16": 2, "17": 2, "18": 3, "19": 3, "20": 1, "21": 2, "22": 2, "23": 3, "24": 2, "25": 3, "26": 2, "27": 3, "28": 2, "29": 3, "30": 3, "32": 2, "33": 3, "34": 1, "35": 3 }, { basis: "b" }),
  },
  {
    name: "BERGORO (Bedah Rumah Gotong Royong)",
    agency: "Dinas Perumahan dan Kawasan Permukiman",
    stage: "Penerapan",
    initiator: "OPD",
    initiatorName: "Bidang Perumahan Dinas Perkim",
    classification: "Inovasi Perangkat Daerah",
    type: "Non Digital",
    form: "Inovasi Daerah lainnya sesuai dengan Urusan Pemerintahan yang menjadi Kewenangan Daerah",
    mainAffair: "Perumahan Rakyat dan Kawasan Permukiman",
    otherAffairs: ["Sosial"],
    trialDate: "2023-09-01",
    implementationDate: "2024-04-01",
    developmentDate: null,
    design: design({
      law: "Pelaksanaan BERGORO diatur dalam Keputusan Wali Kota Contoh Nomor 600/301/2024 tentang Penanganan Rumah Tidak Layak Huni Berbasis Gotong Royong.",
      problem:
        "Kota Contoh masih memiliki 2.316 rumah tidak layak huni, sedangkan anggaran daerah hanya mampu merehabilitasi sekitar 150 rumah setiap tahun. Pada pola lama, bantuan berupa uang tunai sering tidak cukup dan pekerjaan berhenti di tengah jalan.",
      issue:
        "Penurunan kawasan kumuh dan pemenuhan rumah layak huni termasuk standar pelayanan minimal urusan perumahan. Kemiskinan ekstrem di Kota Contoh berkaitan erat dengan kondisi hunian.",
      method:
        "Dinas menggabungkan anggaran daerah, dana tanggung jawab sosial perusahaan, zakat dari BAZNAS dan tenaga kerja swadaya warga. Setiap rumah ditangani oleh kelompok kerja RT dengan pendamping teknis, bahan bangunan dibeli secara kolektif dan kemajuan pekerjaan dipantau mingguan.",
      novelty:
        "Satu rumah dibiayai beberapa sumber sekaligus sehingga rehabilitasi tuntas. Warga sekitar ikut bekerja, yang menurunkan biaya tenaga sampai 40 persen dan menumbuhkan rasa memiliki.",
      stages:
        "Pendataan dan verifikasi rumah dilakukan bersama kelurahan pada pertengahan 2023. Uji coba di 25 rumah Kelurahan Contoh Lama dimulai September 2023. Penerapan kota dimulai April 2024 dengan forum mitra pembiayaan yang bertemu setiap triwulan.",
    }),
    goal: "Mempercepat penanganan rumah tidak layak huni dengan biaya yang terjangkau.",
    benefit: "Keluarga miskin menempati rumah yang sehat dan aman; biaya per rumah lebih rendah.",
    result: "612 rumah direhabilitasi pada 2024-2025, empat kali lipat capaian pola lama.",
    indicators: indicators("bergoro", { "16": 2, "17": 2, "18": 3, "20": 2, "21": 3, "22": 3, "23": 2, "24": 3, "25": 2, "26": 1, "27": 1, "28": 1, "29": 2, "30": 2, "31": 2, "32": 2, "33": 3, "34": 2, "35": 2 }),
  },
  {
    name: "PASKAM (Patroli Siaga Kampung)",
    agency: "Satuan Polisi Pamong Praja",
    stage: "Penerapan",
    initiator: "OPD",
    initiatorName: "Bidang Ketertiban Umum Satpol PP",
    classification: "Inovasi Perangkat Daerah",
    type: "Digital",
    form: "Inovasi Tata Kelola Pemerintahan Daerah",
    mainAffair: "Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat",
    otherAffairs: [],
    trialDate: "2024-01-08",
    implementationDate: "2024-05-02",
    developmentDate: null,
    design: design({
      law: "PASKAM ditetapkan dengan Keputusan Kepala Satuan Polisi Pamong Praja Kota Contoh Nomor 300/044/2024 tentang Patroli Siaga Kampung Berbasis Laporan Warga.",
      problem:
        "Gangguan ketertiban seperti balap liar, pesta minuman keras dan pembuangan sampah di lahan kosong dilaporkan warga melalui ketua RT, lalu diteruskan secara lisan. Patroli dilakukan dengan rute tetap sehingga sering tidak menyentuh titik rawan yang berubah dari minggu ke minggu.",
      issue:
        "Rasa aman warga menurun menurut survei kepuasan masyarakat 2023, dan penegakan peraturan daerah tentang ketertiban umum masih lemah di kawasan padat penduduk.",
      method:
        "Ketua RT dan linmas mengirim laporan melalui grup layanan yang terhubung dengan ruang kendali Satpol PP. Laporan dipetakan menjadi titik rawan mingguan, dan rute patroli disusun ulang setiap Senin berdasarkan peta tersebut. Hasil patroli dilaporkan kembali ke RT pelapor.",
      novelty:
        "Rute patroli mengikuti data laporan warga, bukan jadwal tetap. Linmas kelurahan menjadi mata dan telinga patroli sehingga wilayah yang luas dapat dijangkau dengan personel terbatas.",
      stages:
        "Ide dibahas dalam rapat koordinasi forum kewaspadaan dini pada akhir 2023. Uji coba di empat kelurahan dimulai Januari 2024, lalu diterapkan di seluruh kelurahan sejak Mei 2024 dengan evaluasi bulanan bersama kepolisian sektor.",
    }),
    goal: "Menurunkan gangguan ketertiban di lingkungan permukiman dengan patroli yang tepat sasaran.",
    benefit: "Warga merasa lebih aman dan laporan mereka ditindaklanjuti.",
    result: "Gangguan ketertiban yang dilaporkan turun 37 persen dalam setahun; 96 persen laporan ditindaklanjuti dalam 24 jam.",
    indicators: indicators("paskam", { "16": 1, "17": 3, "18": 2, "19": 2, "20": 2, "21": 2, "22": 2, "23": 2, "24": 3, "25": 2, "26": 2, "27": 2, "28": 3, "29": 3, "30": 1, "32": 2, "33": 2, "34": 2, "35": 3 }),
  },
  {
    name: "LUSTER (Lumbung Sosial Terpadu)",
    agency: "Dinas Sosial",
    stage: "Penerapan",
    initiator: "OPD",
    initiatorName: "Bidang Penanganan Fakir Miskin Dinas Sosial",
    classification: "Inovasi Perangkat Daerah",
    type: "Non Digital",
    form: "Inovasi Pelayanan Publik",
    mainAffair: "Sosial",
    otherAffairs: ["Pangan"],
    trialDate: "2023-07-03",
    implementationDate: "2024-01-08",
    developmentDate: null,
    design: design({
      law: "Dasar operasionalnya Keputusan Kepala Dinas Sosial Kota Contoh Nomor 460/077/2024 tentang Lumbung Sosial Terpadu di Tingkat Kelurahan.",
      problem:
        "Keluarga yang tertimpa musibah seperti kebakaran atau banjir sering menunggu tiga sampai lima hari sebelum bantuan logistik tiba, karena gudang hanya ada di kantor dinas. Bantuan juga menumpuk pada keluarga yang sama karena data penerima tidak dibagi antarlembaga.",
      issue:
        "Perlindungan sosial yang cepat bagi korban bencana dan warga miskin ekstrem menjadi prioritas daerah. Kota Contoh rawan banjir musiman di bantaran sungai.",
      method:
        "Setiap kelurahan memiliki lumbung kecil berisi bahan pangan, perlengkapan bayi dan selimut yang dikelola pekerja sosial masyarakat. Pengisian lumbung bersumber dari anggaran daerah dan donasi yang dicatat di buku persediaan. Penyaluran dicocokkan dengan daftar penerima agar tidak ganda.",
      novelty:
        "Bantuan darurat tersedia di kelurahan dalam hitungan jam. Satu daftar penerima dipakai bersama oleh dinas, BAZNAS dan lembaga kemanusiaan sehingga bantuan lebih merata.",
      stages:
        "Rancangan disusun bersama Tagana dan pekerja sosial masyarakat pada Mei 2023. Uji coba di lima kelurahan rawan banjir dimulai Juli 2023. Penerapan di seluruh kelurahan dimulai Januari 2024 dan stok lumbung diperiksa setiap bulan.",
    }),
    goal: "Mempercepat bantuan darurat bagi keluarga yang tertimpa musibah.",
    benefit: "Korban musibah menerima bantuan pada hari yang sama; bantuan tidak menumpuk pada penerima yang sama.",
    result: "Waktu penyaluran bantuan darurat turun dari 3-5 hari menjadi kurang dari 6 jam untuk 1.048 keluarga.",
    indicators: indicators("luster", { "16": 2, "17": 3, "18": 2, "19": 1, "20": 2, "21": 2, "22": 3, "23": 2, "24": 3, "25": 2, "26": 1, "27": 2, "28": 3, "29": 2, "30": 2, "32": 2, "33": 3, "34": 2, "35": 2 }),
  },
  {
    name: "Pasar Tani Daring",
    agency: "Dinas Ketahanan Pangan dan Pertanian",
    // Typed with a slip; the official value is "Penerapan".
    stage: "Penerepan",
    initiator: "OPD",
    initiatorName: "Bidang Penyuluhan Pertanian",
    classification: "Inovasi Perangkat Daerah",
    type: "Digital",
    form: "Inovasi Daerah lainnya sesuai dengan Urusan Pemerintahan yang menjadi Kewenangan Daerah",
    mainAffair: "Pertanian",
    otherAffairs: ["Pangan", "Perdagangan"],
    trialDate: "2024-03-04",
    implementationDate: "2024-09-02",
    developmentDate: null,
    design: design({
      law: "Pasar Tani Daring ditetapkan dengan Keputusan Kepala Dinas Ketahanan Pangan dan Pertanian Kota Contoh Nomor 520/061/2024.",
      problem:
        "Petani sayur di pinggiran Kota Contoh menjual hasil panen kepada tengkulak dengan harga 30 sampai 40 persen di bawah harga pasar. Konsumen kota membeli sayur yang sama dengan harga tinggi karena rantai pasok panjang, sementara sebagian panen busuk sebelum terjual.",
      issue:
        "Ketahanan pangan dan pengendalian inflasi pangan daerah menjadi perhatian Tim Pengendalian Inflasi Daerah. Regenerasi petani muda memerlukan usaha tani yang menguntungkan.",
      method:
        "Kelompok tani memasang stok dan harga panen di toko daring yang dikelola dinas. Pesanan warga, kantin sekolah dan katering dikumpulkan sampai pukul 20.00, lalu diantar keesokan pagi oleh kurir kelompok tani. Penyuluh membantu pengemasan dan pencatatan transaksi.",
      novelty:
        "Petani menjual langsung ke konsumen kota tanpa perantara, dengan harga yang ditetapkan sendiri. Pesanan terkumpul sebelum panen sehingga sisa panen berkurang.",
      stages:
        "Kajian rantai pasok dilakukan awal 2024. Uji coba dengan enam kelompok tani berlangsung sejak Maret 2024, lalu diterapkan untuk 41 kelompok tani mulai September 2024 dengan pelatihan pemasaran daring bagi petani muda.",
    }),
    goal: "Meningkatkan pendapatan petani dan mendekatkan pangan segar ke konsumen kota.",
    benefit: "Petani memperoleh harga lebih baik; konsumen mendapat sayur segar dengan harga wajar.",
    result: "Transaksi Rp2,3 miliar sampai Desember 2025; pendapatan petani anggota naik rata-rata 22 persen.",
    indicators: indicators("pasar-tani-daring", { "16": 2, "17": 2, "18": 2, "19": 3, "20": 2, "21": 1, "22": 3, "23": 2, "24": 2, "25": 3, "26": 2, "27": 3, "28": 2, "29": 2, "30": 2, "32": 2, "33": 2, "34": 1, "35": 3 }, { basis: "d" }),
  },
  {
    name: "Bank Sampah Digital Kampung Resik",
    agency: "Dinas Lingkungan Hidup",
    stage: "Penerapan",
    initiator: "Masyarakat",
    initiatorName: "Forum Kampung Resik Kota Contoh",
    classification: "Inovasi Masyarakat",
    type: "Digital",
    form: "Inovasi Daerah lainnya sesuai dengan Urusan Pemerintahan yang menjadi Kewenangan Daerah",
    mainAffair: "Lingkungan Hidup",
    otherAffairs: [],
    trialDate: "2023-12-04",
    implementationDate: "2024-07-01",
    developmentDate: null,
    design: design({
      law: "Pengelolaannya berpedoman pada Peraturan Wali Kota Contoh Nomor 21 Tahun 2023 tentang Pengelolaan Sampah Berbasis Masyarakat dan Keputusan Kepala Dinas Lingkungan Hidup Nomor 660/150/2024.",
      problem:
        "Timbulan sampah Kota Contoh mencapai 410 ton per hari dan tempat pemrosesan akhir diperkirakan penuh pada 2027. Bank sampah yang ada mencatat tabungan nasabah di buku tulis, sehingga saldo sering diperdebatkan dan pengurus kewalahan menimbang serta menghitung.",
      issue:
        "Pengurangan sampah dari sumbernya sebesar 30 persen adalah target kebijakan dan strategi daerah. Kapasitas TPA yang terbatas menuntut pemilahan di tingkat rumah tangga.",
      method:
        "Pengurus bank sampah menimbang setoran dan mencatatnya di aplikasi, yang langsung menghitung nilai tabungan berdasarkan harga pengepul minggu itu. Nasabah melihat saldo di ponsel dan dapat menukarnya dengan pembayaran iuran, pulsa atau sembako. Data tonase dikirim ke dinas setiap minggu.",
      novelty:
        "Pencatatan tabungan sampah menjadi terbuka dan cepat. Data tonase per kelurahan tersedia bagi dinas untuk mengukur pengurangan sampah secara nyata.",
      stages:
        "Forum Kampung Resik mengusulkan ide ini dalam musrenbang kelurahan 2023. Uji coba di delapan bank sampah dimulai Desember 2023, dan mulai Juli 2024 aplikasi dipakai 64 bank sampah dengan pendampingan dinas.",
    }),
    goal: "Mengurangi sampah yang dibuang ke TPA dengan menumbuhkan kebiasaan memilah dan menabung sampah.",
    benefit: "Warga memperoleh nilai ekonomi dari sampah; pengurus bank sampah bekerja lebih mudah.",
    result: "Sampah terpilah 1.380 ton pada 2025; nasabah aktif 9.214 orang.",
    // Mistake kept on purpose: the SDM decree (mandatory indicator 17) was not attached.
    indicators: indicators("bank-sampah-digital", { "16": 2, "17": 2, "18": 2, "19": 3, "20": 2, "22": 3, "23": 1, "24": 2, "25": 3, "26": 2, "27": 3, "28": 3, "29": 2, "30": 2, "32": 2, "33": 3, "34": 2, "35": 3 }, { without: ["17"] }),
  },
  {
    name: "PERSIJAM (Perizinan Satu Jam)",
    agency: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    stage: "Penerapan",
    initiator: "Kepala Daerah",
    initiatorName: "Wali Kota Contoh",
    classification: "Inovasi Perangkat Daerah",
    type: "Digital",
    form: "Inovasi Tata Kelola Pemerintahan Daerah",
    mainAffair: "Penanaman Modal",
    otherAffairs: ["Koperasi, Usaha Kecil dan Menengah"],
    trialDate: "2023-06-05",
    implementationDate: "2024-01-02",
    developmentDate: null,
    design: design({
      law: "PERSIJAM diatur dalam Peraturan Wali Kota Contoh Nomor 3 Tahun 2024 tentang Standar Pelayanan Perizinan Berusaha dengan Waktu Penyelesaian Satu Jam.",
      problem:
        "Pelaku usaha mikro dan kecil memerlukan rata-rata lima hari kerja untuk memperoleh izin usaha dan sertifikat standar, karena berkas diperiksa berurutan oleh beberapa bidang dan tanda tangan pejabat menunggu jadwal. Banyak pelaku usaha akhirnya tidak mengurus izin.",
      issue:
        "Kemudahan berusaha dan peningkatan investasi menjadi sasaran RPJMD. Legalitas usaha membuka akses UMKM ke pembiayaan perbankan dan pengadaan pemerintah.",
      method:
        "Pemeriksaan berkas dilakukan serentak oleh satu tim verifikator di loji layanan, dengan daftar periksa yang seragam. Tanda tangan elektronik tersertifikasi dipakai untuk seluruh izin berisiko rendah, dan pemohon menerima dokumen melalui surel dalam satu jam.",
      novelty:
        "Izin berisiko rendah selesai dalam satu jam, bukan lima hari. Status permohonan dapat dilacak pemohon setiap saat dari ponselnya.",
      stages:
        "Penyederhanaan proses bisnis dikaji bersama Ombudsman perwakilan provinsi pada awal 2023. Uji coba untuk izin usaha mikro dimulai Juni 2023, dan sejak Januari 2024 berlaku untuk semua izin berisiko rendah dengan survei kepuasan setiap semester.",
    }),
    goal: "Mempercepat perizinan berusaha bagi usaha mikro dan kecil.",
    benefit: "Pelaku usaha hemat waktu dan biaya; jumlah usaha yang berizin meningkat.",
    result: "9.870 izin diterbitkan dalam rata-rata 47 menit; investasi UMKM tercatat naik 18 persen.",
    indicators: indicators("persijam", { "16": 3, "17": 2, "18": 3, "19": 3, "20": 3, "21": 3, "22": 2, "23": 3, "24": 3, "25": 3, "26": 3, "27": 3, "28": 3, "29": 3, "30": 3, "31": 2, "32": 2, "33": 3, "34": 3, "35": 3 }, { basis: "a" }),
  },
  {
    name: "Klinik UMKM Naik Kelas",
    agency: "Dinas Koperasi, Usaha Kecil dan Menengah",
    stage: "Penerapan",
    initiator: "OPD",
    initiatorName: "Bidang Pemberdayaan Usaha Mikro",
    classification: "Inovasi Perangkat Daerah",
    type: "Non Digital",
    form: "Inovasi Pelayanan Publik",
    mainAffair: "Koperasi, Usaha Kecil dan Menengah",
    otherAffairs: ["Perdagangan"],
    // Mistake kept on purpose: the trial date was typed after the implementation date.
    trialDate: "2024-11-04",
    implementationDate: "2024-08-01",
    developmentDate: null,
    design: design({
      law: "Pelaksanaannya berdasarkan Keputusan Kepala Dinas Koperasi, Usaha Kecil dan Menengah Kota Contoh Nomor 500/089/2024 tentang Klinik Pendampingan UMKM.",
      problem:
        "Sebagian besar dari 31.000 usaha mikro di Kota Contoh belum memiliki pembukuan sederhana, label halal dan kemasan yang layak jual di toko modern. Pelatihan massal yang selama ini diberikan tidak diikuti pendampingan, sehingga hanya sedikit peserta yang benar-benar berubah.",
      issue:
        "Penguatan ekonomi kerakyatan dan perluasan lapangan kerja menjadi prioritas daerah. UMKM menyerap lebih dari 70 persen tenaga kerja kota.",
      method:
        "Klinik buka setiap hari kerja di gedung layanan UMKM. Pelaku usaha mendapat konsultasi satu per satu tentang pembukuan, kemasan, sertifikasi halal dan pemasaran, lalu didampingi konsultan selama tiga bulan dengan target yang disepakati bersama.",
      novelty:
        "Pendampingan bersifat perorangan dan berkelanjutan, bukan pelatihan sekali jalan. Klinik bekerja sama dengan perguruan tinggi dan ritel modern sebagai pembeli siaga.",
      stages:
        "Klinik dirancang bersama perguruan tinggi setempat pada awal 2024 dan diterapkan sejak Agustus 2024 dengan target 600 UMKM per tahun. Evaluasi dilakukan setiap akhir masa pendampingan.",
    }),
    goal: "Meningkatkan kelas usaha mikro melalui pendampingan perorangan.",
    benefit: "UMKM memiliki legalitas, kemasan dan pembukuan yang memadai untuk memperluas pasar.",
    result: "742 UMKM didampingi; 318 memperoleh sertifikat halal dan 96 produk masuk ritel modern.",
    indicators: indicators("klinik-umkm", { "16": 2, "17": 2, "18": 2, "20": 3, "21": 2, "22": 3, "23": 2, "24": 2, "25": 2, "26": 2, "27": 2, "28": 2, "29": 2, "30": 1, "32": 2, "33": 2, "34": 2, "35": 2 }, { basis: "e" }),
  },
  {
    name: "Perpustakaan Keliling Pintar",
    agency: "Dinas Perpustakaan dan Kearsipan",
    // Typed without the space; the official value is "Uji Coba" (and only Penerapan is scored).
    stage: "Ujicoba",
    initiator: "ASN",
    initiatorName: "Pustakawan Ahli Muda Dinas Perpustakaan",
    classification: "Inovasi Perangkat Daerah",
    type: "Digital",
    form: "Inovasi Pelayanan Publik",
    mainAffair: "Perpustakaan",
    otherAffairs: ["Pendidikan"],
    trialDate: "2025-07-07",
    implementationDate: null,
    developmentDate: null,
    design: design({
      law: "Uji cobanya ditetapkan dengan Keputusan Kepala Dinas Perpustakaan dan Kearsipan Kota Contoh Nomor 041/027/2025.",
      problem:
        "Tingkat kegemaran membaca masyarakat Kota Contoh masih kategori sedang dan kunjungan perpustakaan didominasi warga pusat kota. Anak-anak di kampung padat dan kawasan pinggiran jarang menjangkau perpustakaan daerah.",
      issue:
        "Peningkatan literasi masyarakat mendukung mutu pendidikan dan indeks pembangunan literasi daerah yang menjadi indikator kinerja utama dinas.",
      method:
        "Mobil perpustakaan keliling dilengkapi titik akses internet, tablet baca dan katalog daring. Warga dapat memesan buku melalui aplikasi, lalu mengambilnya saat mobil singgah di taman kota, sekolah dan balai RW sesuai jadwal mingguan.",
      novelty:
        "Koleksi cetak dan digital hadir bersamaan di lingkungan warga. Pemesanan daring membuat mobil membawa buku yang memang diminati.",
      stages:
        "Uji coba berjalan sejak Juli 2025 di dua kecamatan dengan jadwal singgah di 18 titik. Hasil uji coba akan dievaluasi akhir 2025 bersama sekolah, pengurus taman baca dan perwakilan warga sebelum diputuskan penerapannya di seluruh kota.",
    }),
    goal: "Mendekatkan bahan bacaan kepada anak dan warga di kawasan pinggiran.",
    benefit: "Warga meminjam buku tanpa harus ke pusat kota.",
    result: "Selama uji coba, 5.400 peminjaman tercatat di 18 titik singgah.",
    indicators: indicators("perpustakaan-keliling", { "16": 1, "17": 1, "19": 3, "22": 2, "25": 2, "27": 2, "32": 3, "33": 2, "35": 2 }),
  },
  {
    name: "e-Retribusi Parkir Tepi Jalan",
    agency: "Dinas Perhubungan",
    stage: "Penerapan",
    initiator: "OPD",
    initiatorName: "UPT Perparkiran Dinas Perhubungan",
    classification: "Inovasi Perangkat Daerah",
    type: "Digital",
    form: "Inovasi Tata Kelola Pemerintahan Daerah",
    mainAffair: "Perhubungan",
    otherAffairs: ["Keuangan"],
    trialDate: "2024-04-01",
    implementationDate: "2024-10-01",
    developmentDate: null,
    // Mistake kept on purpose: the design stops short of 300 words.
    design: design({
      law: "Dasarnya Peraturan Wali Kota Contoh Nomor 25 Tahun 2024 tentang Pembayaran Nontunai Retribusi Parkir.",
      problem:
        "Setoran retribusi parkir tepi jalan tidak sebanding dengan jumlah kendaraan yang parkir setiap hari, karena pembayaran tunai tidak tercatat, karcis jarang diberikan dan setoran juru parkir dihitung berdasarkan target tetap.",
      issue: "Peningkatan pendapatan asli daerah dan transparansi pungutan menjadi sasaran daerah.",
      method:
        "Pengguna parkir membayar dengan memindai kode QRIS pada rompi juru parkir. Setiap transaksi tercatat langsung di rekening kas daerah dan juru parkir menerima bagi hasil harian secara nontunai.",
      novelty: "Pendapatan parkir tercatat per titik dan per jam sehingga potensi dan kebocoran dapat dihitung, lalu dipakai untuk menetapkan target setoran yang adil bagi setiap juru parkir.",
      stages: "Uji coba di 40 titik dimulai April 2024 dan penerapan di 212 titik sejak Oktober 2024.",
    }),
    goal: "Meningkatkan pendapatan retribusi parkir dan mencegah kebocoran.",
    benefit: "Pengguna parkir mendapat bukti bayar; daerah memperoleh data pendapatan yang akurat.",
    result: "Pendapatan retribusi parkir naik 64 persen pada 2025 dibanding 2023.",
    indicators: indicators("e-retribusi-parkir", { "16": 2, "17": 2, "18": 2, "19": 3, "20": 1, "21": 2, "22": 2, "23": 2, "24": 2, "25": 2, "26": 2, "27": 2, "28": 3, "29": 2, "30": 3, "32": 2, "33": 3, "34": 2, "35": 3 }, { basis: "d" }),
  },
  {
    name: "Sekolah Lansia Tangguh",
    agency: "Dinas Pengendalian Penduduk dan Keluarga Berencana",
    stage: "Penerapan",
    initiator: "OPD",
    initiatorName: "Bidang Ketahanan dan Kesejahteraan Keluarga",
    classification: "Inovasi Perangkat Daerah",
    type: "Non Digital",
    form: "Inovasi Pelayanan Publik",
    mainAffair: "Pengendalian Penduduk dan Keluarga Berencana",
    otherAffairs: ["Kesehatan", "Sosial"],
    trialDate: "2023-09-12",
    implementationDate: "2024-02-13",
    developmentDate: null,
    design: design({
      law: "Dasar penerapannya Keputusan Kepala Dinas Pengendalian Penduduk dan Keluarga Berencana Kota Contoh Nomor 476/054/2024 tentang Sekolah Lansia Tangguh.",
      problem:
        "Jumlah penduduk lanjut usia Kota Contoh mencapai 11 persen dan terus bertambah. Banyak lansia tinggal sendiri, kurang aktif, dan baru berobat ketika penyakit kronisnya sudah berat. Kelompok bina keluarga lansia umumnya hanya mengadakan pertemuan tanpa kurikulum.",
      issue:
        "Penuaan penduduk menuntut layanan yang menjaga lansia tetap sehat, mandiri dan produktif. Kota Contoh berkomitmen menjadi kota ramah lansia.",
      method:
        "Lansia mengikuti kelas dua mingguan di balai RW selama dua belas bulan dengan kurikulum tujuh dimensi lansia tangguh: spiritual, fisik, emosional, intelektual, sosial kemasyarakatan, profesional vokasional dan lingkungan. Pengajar berasal dari puskesmas, penyuluh agama, relawan dan perguruan tinggi. Peserta yang lulus diwisuda dan menjadi kader bagi lansia lain.",
      novelty:
        "Lansia belajar dengan kurikulum terstruktur dan kelulusan, bukan sekadar berkumpul. Alumni menjadi kader sehingga sekolah berkembang tanpa tambahan pegawai.",
      stages:
        "Kurikulum disusun pada pertengahan 2023 bersama BKKBN provinsi. Uji coba di dua kelurahan dimulai September 2023 dan sejak Februari 2024 sekolah dibuka di 14 kelurahan, dengan pemeriksaan kesehatan rutin setiap tiga bulan.",
    }),
    goal: "Menjaga lansia tetap sehat, mandiri dan aktif di lingkungannya.",
    benefit: "Lansia lebih bugar dan terhubung dengan sesama; keluarga terbantu merawat lansia.",
    result: "1.120 lansia lulus; 76 persen peserta dengan hipertensi tekanan darahnya terkendali.",
    indicators: indicators("sekolah-lansia", { "16": 2, "17": 2, "18": 2, "20": 2, "21": 2, "22": 3, "23": 2, "24": 3, "25": 2, "26": 2, "27": 1, "28": 1, "29": 1, "30": 2, "32": 2, "33": 3, "34": 2, "35": 2 }),
  },
  {
    name: "KIKEL (Kios Informasi Kelurahan)",
    agency: "Dinas Komunikasi dan Informatika",
    stage: "Penerapan",
    initiator: "OPD",
    initiatorName: "Bidang Informasi dan Komunikasi Publik",
    classification: "Inovasi Perangkat Daerah",
    type: "Digital",
    form: "Inovasi Pelayanan Publik",
    mainAffair: "Komunikasi dan Informatika",
    otherAffairs: ["Administrasi Kependudukan dan Pencatatan Sipil"],
    // Mistake kept on purpose: implemented in 2022 and no development date given.
    trialDate: "2022-03-01",
    implementationDate: "2022-07-04",
    developmentDate: null,
    design: design({
      law: "KIKEL ditetapkan dengan Keputusan Kepala Dinas Komunikasi dan Informatika Kota Contoh Nomor 555/031/2022 tentang Kios Informasi Kelurahan.",
      problem:
        "Warga kelurahan, terutama lansia dan warga tanpa ponsel pintar, kesulitan mendapatkan informasi syarat layanan dan mengakses layanan daring pemerintah. Mereka datang berulang kali ke kantor dinas hanya untuk bertanya.",
      issue: "Transformasi digital pelayanan publik harus inklusif agar tidak menambah kesenjangan digital antarwarga.",
      method:
        "Setiap kantor kelurahan memiliki kios dengan komputer layar sentuh dan petugas pendamping. Warga dapat membaca syarat layanan, mengunggah berkas permohonan, mencetak dokumen dan menyampaikan pengaduan dengan bantuan petugas.",
      novelty:
        "Layanan daring kota dapat diakses dari kelurahan dengan pendampingan tatap muka, sehingga warga yang belum terbiasa teknologi tetap terlayani.",
      stages:
        "Uji coba di lima kelurahan dimulai Maret 2022 dan penerapan di seluruh kelurahan sejak Juli 2022. Sejak itu kios dipelihara oleh Diskominfo dan petugas kelurahan dilatih setiap tahun. Pada 2025 tim sedang menyiapkan pengembangan layanan antrean daring, tetapi tanggal pengembangan belum dicatat.",
    }),
    goal: "Membuka akses layanan daring pemerintah bagi warga yang belum terbiasa teknologi.",
    benefit: "Warga tidak perlu datang berulang kali ke kantor dinas.",
    result: "Rata-rata 2.300 pemanfaatan kios per bulan pada 2025.",
    indicators: indicators("kikel", { "16": 2, "17": 2, "18": 2, "19": 3, "20": 2, "21": 2, "22": 2, "23": 2, "24": 3, "25": 2, "26": 2, "27": 3, "28": 3, "29": 2, "30": 3, "32": 2, "33": 3, "34": 2, "35": 2 }),
  },
];

/** The Pemda sheet: all 20 SPD rows, levels chosen or raw figures given, with evidence. */
const region: NonNullable<SubmissionInput["region"]> = {
  name: "Kota Contoh",
  indicators: {
    "1": { level: 3, evidence: ["perda-rpjmd-2025-2029-visi-misi.pdf"] },
    "2a": { level: 3, evidence: ["perda-apbd-2023-2024-2025.pdf"] },
    "2b": { level: 2, evidence: ["lampiran-apbd-mandatory-spending-2025.pdf"] },
    "3": { value: 9.4, evidence: ["rekap-perizinan-dpmptsp-2024-2025.pdf"] },
    "4": { value: 4.7, evidence: ["bps-pendapatan-perkapita-2025.pdf"] },
    "5a": { value: 0.41, evidence: ["bps-tpt-2024-2025.pdf"] },
    "5b": { value: 5.1, evidence: ["bps-tpt-2024-2025.pdf"] },
    "6": { value: 21.6, evidence: ["realisasi-investasi-2024-2025.pdf"] },
    "7": { value: 12.8, evidence: ["lra-pad-2024-2025.pdf"] },
    "8": { value: "WTP", evidence: ["lhp-bpk-2024.pdf"] },
    "9": { value: "B", evidence: ["lhe-sakip-2024.pdf"] },
    "10a": { value: 0.38, evidence: ["bps-kemiskinan-2024-2025.pdf"] },
    "10b": { value: 6.2, evidence: ["bps-kemiskinan-2024-2025.pdf"] },
    "11a": { value: 0.74, evidence: ["bps-ipm-2023-2025.pdf"] },
    "11b": { value: 78.9, evidence: ["bps-ipm-2023-2025.pdf"] },
    "12": { level: 2, evidence: ["sk-penghargaan-inovator-2025.pdf"] },
    "13a": { level: 1, evidence: ["rekomendasi-kebijakan-brida-2025.pdf"] },
    "13b": { level: 2 },
    "14": { level: 1, evidence: ["draf-ripj-pid-kota-contoh.pdf"] },
    "15": { level: 1, evidence: ["dokumentasi-sosialisasi-haki-2025.jpg"] },
  },
};

export const kotaContoh: SubmissionInput = { framework: "iid-2026", region, innovations };

/** The mistakes the example carries, for README and tests. */
export const MISTAKES = {
  shortDesign: "e-Retribusi Parkir Tepi Jalan",
  mandatoryWithoutEvidence: { innovation: "Bank Sampah Digital Kampung Resik", indicator: "17" },
  trialAfterImplementation: "Klinik UMKM Naik Kelas",
  optionSpelling: { "Perpustakaan Keliling Pintar": "Ujicoba", "Pasar Tani Daring": "Penerepan", "JEBOL Adminduk (Jemput Bola Administrasi Kependudukan)": "Non-Digital" },
  implementedBeforeWindowWithoutDevelopment: "KIKEL (Kios Informasi Kelurahan)",
} as const;

/** The date the bundled example is checked against, so its figures do not drift with the calendar. */
export const EXAMPLE_TODAY = "2026-05-15";
