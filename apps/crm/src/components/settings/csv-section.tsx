import { createSignal, For, Match, Show, Switch } from "solid-js";
import { type CsvKind, exportUrl, ImportError, type ImportReport, importCsv } from "../../lib/crm-queries";
import { createForm, type StandardSchema } from "../../lib/form";
import { counted, formatCount } from "../../lib/format";
import { useTenant } from "../../lib/tenant";
import { FormError } from "../form-error";
import { FormField } from "../form-field";

const kindLabels: Record<CsvKind, string> = { contacts: "Contacts", companies: "Companies" };
const statusLabels: Record<ImportReport["rows"][number]["status"], string> = {
  imported: "Imported",
  duplicate: "Duplicate, skipped",
  rejected: "Rejected",
};

/**
 * The import form's rule: a kind and a file. No shared schema covers a file input, so this small Standard Schema
 * lets the form behave like every other one (errors under the control, focus on the first).
 */
const importSchema: StandardSchema<{ kind: CsvKind; file: File }> = {
  "~standard": {
    validate: (value) => {
      const v = value as { kind?: unknown; file?: unknown };
      const issues: { message: string; path: string[] }[] = [];
      if (v.kind !== "contacts" && v.kind !== "companies")
        issues.push({ message: "Choose what to import.", path: ["kind"] });
      if (!(v.file instanceof Blob) || v.file.size === 0)
        issues.push({ message: "Choose a CSV file.", path: ["file"] });
      return issues.length > 0 ? { issues } : {};
    },
  },
};

/**
 * CSV in and out (P19: the data leaves in a form any tool reads). Export streams every row; import sends the file as
 * it is and shows, row by row, what was rejected or skipped as a duplicate and why.
 */
export function CsvSection() {
  const tenant = useTenant();
  const [report, setReport] = createSignal<{
    kind: CsvKind;
    fileName: string;
    report: ImportReport | null;
    error?: string;
  }>();
  let result: HTMLDivElement | undefined;

  const form = createForm({
    schema: importSchema,
    onSubmit: async (input) => {
      setReport(undefined);
      try {
        const answer = await importCsv(tenant.slug(), input.kind, input.file);
        setReport({ kind: input.kind, fileName: input.file.name, report: answer });
      } catch (error) {
        if (!(error instanceof ImportError)) throw error;
        setReport({ kind: input.kind, fileName: input.file.name, report: error.report, error: error.message });
      }
      result?.focus();
    },
  });

  return (
    <section class="card settings-section" id="import" aria-labelledby="csv-heading">
      <h2 id="csv-heading">Import and export</h2>
      <h3>Export</h3>
      <p>Every record as a CSV file, for a spreadsheet or another tool.</p>
      <ul class="inline-list">
        <For each={["contacts", "companies"] as CsvKind[]}>
          {(kind) => (
            <li>
              <a href={exportUrl(tenant.slug(), kind)} download="">
                Download {kindLabels[kind].toLowerCase()} (CSV)
              </a>
            </li>
          )}
        </For>
      </ul>
      <form class="form" onSubmit={form.submit} novalidate aria-labelledby="import-heading">
        <h3 id="import-heading">Import</h3>
        <p class="meta">
          The first line names the columns (as in an export). Contacts with an e-mail address already in the CRM are
          skipped as duplicates; rows with mistakes are listed below with the reason, and every other row is imported.
        </p>
        <FormError form={form} />
        <div class="form-grid">
          <FormField form={form} name="kind" label="Import into">
            {(control) => (
              <select {...control}>
                <option value="contacts">{kindLabels.contacts}</option>
                <option value="companies">{kindLabels.companies}</option>
              </select>
            )}
          </FormField>
          <FormField form={form} name="file" label="CSV file">
            {(control) => <input {...control} type="file" accept=".csv,text/csv" />}
          </FormField>
        </div>
        <div class="form-actions">
          <button type="submit" disabled={form.pending()}>
            {form.pending() ? "Importing…" : "Import"}
          </button>
          <Show when={form.pending()}>
            <span class="meta" role="status">
              Large files take a while; keep this page open.
            </span>
          </Show>
        </div>
      </form>
      <div class="import-result" tabIndex={-1} ref={result} aria-live="polite">
        <Show when={report()}>
          {(done) => (
            <>
              <Show when={done().error}>
                <div class="callout" data-tone="bad" role="alert">
                  <p>
                    <strong>{done().fileName} could not be imported.</strong> {done().error}
                  </p>
                  <Show when={done().report}>
                    <p>The rows below were handled before the problem.</p>
                  </Show>
                </div>
              </Show>
              <Show when={done().report}>
                {(r) => <ImportReportView kind={done().kind} fileName={done().fileName} report={r()} />}
              </Show>
            </>
          )}
        </Show>
      </div>
    </section>
  );
}

function ImportReportView(props: { kind: CsvKind; fileName: string; report: ImportReport }) {
  const r = () => props.report;
  const noun = () => props.kind;
  return (
    <div class="stack">
      <div class="callout" data-tone={r().rejected > 0 ? "warn" : "good"}>
        <p>
          <strong>{props.fileName}:</strong> {counted(r().imported, noun())} imported,{" "}
          {counted(r().duplicates, "duplicates")} skipped, {counted(r().rejected, "rows")} rejected.
        </p>
        <Show when={r().ignoredColumns.length > 0}>
          <p>Columns not read (they match no field): {r().ignoredColumns.join(", ")}.</p>
        </Show>
      </div>
      <Show when={r().rows.length > 0}>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
        <section class="table-scroll" tabIndex={0} aria-labelledby="import-rows-caption">
          <table>
            <caption id="import-rows-caption">Rows not imported</caption>
            <thead>
              <tr>
                <th scope="col" class="num">
                  Line
                </th>
                <th scope="col">Result</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              <For each={r().rows}>
                {(row) => (
                  <tr>
                    <th scope="row" class="num">
                      {row.line}
                    </th>
                    <td>
                      <span class="tag" data-tone={row.status === "rejected" ? "bad" : "warn"}>
                        {statusLabels[row.status]}
                      </span>
                    </td>
                    <td>
                      <Switch fallback="">
                        <Match when={(row.errors ?? []).length > 0}>
                          <ul class="plain-list">
                            <For each={row.errors}>
                              {(issue) => (
                                <li>
                                  <Show when={issue.field !== "_"}>
                                    <code>{issue.field}</code>:{" "}
                                  </Show>
                                  {issue.message}
                                </li>
                              )}
                            </For>
                          </ul>
                        </Match>
                      </Switch>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </section>
        <Show when={r().truncated}>
          <p class="meta">Only the first {formatCount(r().rows.length)} rows not imported are listed.</p>
        </Show>
      </Show>
    </div>
  );
}
