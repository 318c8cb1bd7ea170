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

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function valid(year: number, month: number, day: number): boolean {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  // Arithmetic rather than a Date object: three dates per innovation in a national check.
  return day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!);
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

const digitAt = (text: string, i: number) => text.charCodeAt(i) - 48;
const isDigitAt = (text: string, i: number) => digitAt(text, i) >= 0 && digitAt(text, i) <= 9;

const ISO_DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9];

/** "2024-03-15" exactly, as most documents give dates: read without regexes or a new string. */
function canonicalIso(text: string): ParsedDate | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  for (const i of ISO_DIGIT_POSITIONS) if (!isDigitAt(text, i)) return undefined;
  const year = digitAt(text, 0) * 1000 + digitAt(text, 1) * 100 + digitAt(text, 2) * 10 + digitAt(text, 3);
  const month = digitAt(text, 5) * 10 + digitAt(text, 6);
  const day = digitAt(text, 8) * 10 + digitAt(text, 9);
  return valid(year, month, day) ? { iso: text } : undefined;
}

/** Parses a date value; undefined when it is not a date at all. */
export function parseDate(input: unknown): ParsedDate | undefined {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return undefined;
    return make(input.getUTCFullYear(), input.getUTCMonth() + 1, input.getUTCDate());
  }
  if (typeof input === "number") return fromExcelSerial(input);
  if (typeof input !== "string") return undefined;
  const canonical = canonicalIso(input);
  if (canonical) return canonical;
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
