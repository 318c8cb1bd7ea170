// Findings are data: a stable code, a severity that belongs to the rule, a path into the
// submission and parameters. Text is rendered at the edge from the message catalogue.

export type Severity = "error" | "warning" | "info";
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** A path into the submission document: ["innovations", 2, "indicators", "16", "evidence"]. */
export type SubmissionPath = readonly (string | number)[];

export type ParamValue = string | number | boolean | null | undefined | readonly string[] | readonly number[];
export type FindingParams = Readonly<Record<string, ParamValue>>;

/** Where a host found the value: a cell for workbooks, a field label for web forms. */
export type HostLocation = {
  file?: string;
  sheet?: string;
  /** 1-based Excel row. */
  row?: number;
  /** Column letter, e.g. "F". */
  column?: string;
  /** A1 reference with sheet, e.g. "Inovasi!F12". */
  cell?: string;
  /** The header or label of the field as the user sees it. */
  label?: string;
};

export type Finding = {
  code: string;
  severity: Severity;
  path: SubmissionPath;
  params: FindingParams;
  location?: HostLocation;
  /** Another value the finding refers to (the first use of a duplicated name): reports add its cell. */
  related?: SubmissionPath;
};

export const countBySeverity = (findings: readonly Finding[]): Record<Severity, number> => {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
};

/** Errors first, then warnings, then infos: 0, 1, 2. */
export const severityRank = (severity: Severity): number => (severity === "error" ? 0 : severity === "warning" ? 1 : 2);

/** Orders findings by severity, then by their place in the document. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || comparePaths(a.path, b.path));
}

function comparePaths(a: SubmissionPath, b: SubmissionPath): number {
  const shorter = Math.min(a.length, b.length);
  for (let i = 0; i < shorter; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    // Numeric-aware without localeCompare (hot with thousands of findings): "5a" < "16".
    const nx = parseInt(String(x), 10);
    const ny = parseInt(String(y), 10);
    if (!Number.isNaN(nx) && !Number.isNaN(ny) && nx !== ny) return nx - ny;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}
