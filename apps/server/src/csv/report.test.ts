import { describe, expect, it } from "vitest";
import { MAX_REPORT_ROWS, MAX_ROW_ERRORS, ReportBuilder } from "./report";

describe("import report", () => {
  it("counts every row, lists rows in line order, and bounds the list and each row's problems", () => {
    const report = new ReportBuilder(["Favourite colour"]);
    report.imported(3);
    report.duplicate(9, [{ field: "email", message: "dup" }]);
    report.rejected(4, [{ field: "_", message: "bad" }]);
    for (let line = 10; line < 10 + MAX_REPORT_ROWS; line++) {
      report.rejected(
        line,
        Array.from({ length: 50 }, () => ({ field: "extra_emails", message: "Enter a valid email address." })),
      );
    }
    const result = report.result();
    expect(result).toMatchObject({
      imported: 3,
      duplicates: 1,
      rejected: MAX_REPORT_ROWS + 1,
      truncated: true,
      ignoredColumns: ["Favourite colour"],
    });
    expect(result.rows).toHaveLength(MAX_REPORT_ROWS);
    expect(result.rows.slice(0, 3).map((r) => [r.line, r.status])).toEqual([
      [4, "rejected"],
      [9, "duplicate"],
      [10, "rejected"],
    ]);
    expect(result.rows[2]!.errors).toHaveLength(MAX_ROW_ERRORS);
  });
});
