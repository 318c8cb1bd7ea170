// The normalised submission the rules and the scorer work on: canonical enum values,
// ISO dates, numeric levels, classified evidence. Produced by normalise.ts from any input.

export type EvidenceItem = {
  /** As given (file name, link or description). */
  name: string;
  kind: "file" | "link" | "text";
  /** Lower-case file extension, when the name has one. */
  extension?: string;
  sizeBytes?: number;
  mimeType?: string;
};

export type IndicatorAnswer = {
  key: string;
  /** The chosen level, when it is a valid 1-3. */
  chosenLevel?: 1 | 2 | 3;
  /** A raw value, numeric or categorical (e.g. "WTP"). */
  value?: number | string;
  /** The level the raw value supports, by the framework's thresholds. */
  valueLevel?: 1 | 2 | 3;
  /** The level that counts: the chosen one, else the one derived from the value. */
  level?: 1 | 2 | 3;
  /** Indicator 33: the chosen basis key(s) as given, lower-case. */
  bases: string[];
  evidence: EvidenceItem[];
  /** The answer was given but could not be read (a finding says why). */
  unreadable?: boolean;
};

export type Innovation = {
  index: number;
  name?: string;
  agency?: string;
  stage?: string;
  initiator?: string;
  initiatorName?: string;
  classification?: string;
  type?: string;
  form?: string;
  mainAffair?: string;
  otherAffairs: string[];
  trialDate?: string;
  implementationDate?: string;
  developmentDate?: string;
  design?: string;
  goal?: string;
  benefit?: string;
  result?: string;
  /** The design without HTML tags and entities (the same string when it has none), read once for the rules. */
  designText: string | undefined;
  designWords: number;
  indicators: ReadonlyMap<string, IndicatorAnswer>;
  /** Fields that were given but unusable; the required-field rule does not report them again. */
  unreadable: ReadonlySet<string>;
};

export type Region = {
  name?: string;
  indicators: ReadonlyMap<string, IndicatorAnswer>;
};

export type Submission = {
  frameworkId?: string;
  /** Absent when the document has no region block (e.g. one agency's workbook). */
  region?: Region;
  innovations: Innovation[];
};
