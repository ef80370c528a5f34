/** One problem with one value of a row: `field` is the CSV column name (first_name, email…), "_" for the row. */
export interface RowIssue {
  field: string;
  message: string;
}

export interface ReportRow {
  /** The physical line of the file where the row starts; the header is line 1. */
  line: number;
  status: "imported" | "duplicate" | "rejected";
  errors?: RowIssue[];
}

/** The answer to an import: counts of every row, and the rows that were not imported (the first 1,000 of them). */
export interface ImportReport {
  imported: number;
  duplicates: number;
  rejected: number;
  /** Only rows not imported, in file order. */
  rows: ReportRow[];
  /** True when more rows were not imported than `rows` lists. */
  truncated: boolean;
  /** Columns of the file that fill no field and were not read. */
  ignoredColumns: string[];
}

export const MAX_REPORT_ROWS = 1000;
/** Problems listed per row: enough to fix it, bounded whatever the row holds. */
export const MAX_ROW_ERRORS = 10;

/** Collects the report while the file streams: counts are complete, the row list stops at MAX_REPORT_ROWS. */
export class ReportBuilder {
  private readonly report: ImportReport;

  constructor(ignoredColumns: string[]) {
    this.report = { imported: 0, duplicates: 0, rejected: 0, rows: [], truncated: false, ignoredColumns };
  }

  imported(count = 1): void {
    this.report.imported += count;
  }

  duplicate(line: number, errors: RowIssue[]): void {
    this.report.duplicates++;
    this.add({ line, status: "duplicate", errors });
  }

  rejected(line: number, errors: RowIssue[]): void {
    this.report.rejected++;
    this.add({ line, status: "rejected", errors });
  }

  private add(row: ReportRow): void {
    if (row.errors && row.errors.length > MAX_ROW_ERRORS) row.errors = row.errors.slice(0, MAX_ROW_ERRORS);
    if (this.report.rows.length < MAX_REPORT_ROWS) this.report.rows.push(row);
    else this.report.truncated = true;
  }

  result(): ImportReport {
    // Duplicates are found when their batch is written, after malformed rows further down have been reported.
    this.report.rows.sort((a, b) => a.line - b.line);
    return this.report;
  }
}
