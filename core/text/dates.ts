// Dates as they come from sheets and forms: ISO, Excel serial numbers, dd/mm/yyyy,
// dd-mm-yyyy, dd.mm.yyyy and "15 Maret 2024" (Indonesian or English month names).

export type ParsedDate = {
  /** yyyy-mm-dd */
  iso: string;
  /** Set when the reading is a guess the user should confirm (e.g. 03/15/2024 read as month/day). */
  note?: "month-day-order" | "two-digit-year";
};

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, feb: 2, pebruari: 2, february: 2,
  maret: 3, mar: 3, march: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  agustus: 8, agu: 8, agt: 8, agst: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, oct: 10, october: 10,
  november: 11, nov: 11, nop: 11, nopember: 11,
  desember: 12, des: 12, dec: 12, december: 12,
};

const pad = (n: number) => String(n).padStart(2, "0");

function valid(year: number, month: number, day: number): boolean {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function make(year: number, month: number, day: number, note?: ParsedDate["note"]): ParsedDate | undefined {
  if (!valid(year, month, day)) return undefined;
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return note ? { iso, note } : { iso };
}

/** Excel's serial day number (1900 date system, with its phantom 29 Feb 1900). */
export function fromExcelSerial(serial: number): ParsedDate | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return undefined;
  const whole = Math.floor(serial);
  if (whole === 60) return undefined; // 1900-02-29 does not exist
  const epoch = Date.UTC(1899, 11, whole < 60 ? 31 : 30);
  const d = new Date(epoch + whole * 86_400_000);
  return make(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const expandYear = (y: string): { year: number; twoDigit: boolean } =>
  y.length === 2 ? { year: 2000 + Number(y), twoDigit: true } : { year: Number(y), twoDigit: false };

/** Parses a date value; undefined when it is not a date at all. */
export function parseDate(input: unknown): ParsedDate | undefined {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return undefined;
    return make(input.getUTCFullYear(), input.getUTCMonth() + 1, input.getUTCDate());
  }
  if (typeof input === "number") return fromExcelSerial(input);
  if (typeof input !== "string") return undefined;
  const text = input.trim().replace(/\s+/g, " ");
  if (!text) return undefined;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (m) return make(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(text);
  if (m) return make(Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^\d{4,7}(\.\d+)?$/.test(text)) return fromExcelSerial(Number(text));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (m) {
    const first = Number(m[1]);
    const second = Number(m[2]);
    const { year, twoDigit } = expandYear(m[3]!);
    // Indonesian order is day/month; only when that cannot be a date do we read month/day.
    if (first <= 31 && second <= 12) return make(year, second, first, twoDigit ? "two-digit-year" : undefined);
    if (first <= 12 && second <= 31) return make(year, first, second, "month-day-order");
    return undefined;
  }
  m = /^(?:(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad),?\s+)?(\d{1,2})\s*[- ]?\s*([a-zA-Z]+)\.?\s*[- ,]?\s*(\d{4})$/i.exec(text);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase()];
    return month ? make(Number(m[3]), month, Number(m[1])) : undefined;
  }
  m = /^([a-zA-Z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
  if (m) {
    const month = MONTHS[m[1]!.toLowerCase()];
    return month ? make(Number(m[3]), month, Number(m[2])) : undefined;
  }
  return undefined;
}
