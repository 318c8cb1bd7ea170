// Whatever a sheet holds, reading and checking it gives findings, never an exception.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSubmission, getFramework, innovationColumns, readWorkbookRows, toReport, type CellValue } from "../../core/index.ts";

const framework = getFramework();
const headers = innovationColumns(framework).map((c) => c.header);

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.string({ maxLength: 40 }),
  fc.constantFrom("Penerapan", "Ujicoba", "1", "2 - Peraturan Kepala Daerah", "a", "15/03/2024", "31/02/2024", "=SUM(A1)", "perkada.pdf; sk.pdf", "#N/A", ...headers),
  fc.integer({ min: -100_000, max: 100_000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.record({ text: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }), hyperlink: fc.option(fc.webUrl(), { nil: undefined }) }),
);

const grid = fc.array(fc.array(cell, { maxLength: 30 }), { maxLength: 25 });
// Grids that start with a real header row exercise the row reader, not only the header search.
const withHeader = fc.tuple(fc.shuffledSubarray(headers, { minLength: 3 }), grid).map(([header, rows]) => [header, ...rows]);

describe("random cell grids", () => {
  it("never make readWorkbookRows, checkSubmission or toReport throw", () => {
    fc.assert(
      fc.property(fc.oneof(grid, withHeader), grid, (innovationRows, regionRows) => {
        const read = readWorkbookRows({ innovations: { sheet: "Inovasi", rows: innovationRows, firstRow: 1 }, region: { sheet: "Pemda", rows: regionRows, firstRow: 1 } }, framework);
        const result = checkSubmission(read.input, { framework, today: "2026-05-15", absentFields: read.absentFields });
        const report = toReport(result, { locate: (f) => read.locate(f.path) });
        expect(report.iid).toBeGreaterThanOrEqual(0);
        expect(report.iid).toBeLessThanOrEqual(100);
      }),
      { numRuns: 300 },
    );
  });
});
