import { A, useParams } from "@solidjs/router";
import { createEffect, createResource, createSignal, Show } from "solid-js";
import { DeleteRecord } from "../components/delete-record";
import { EmployeeForm } from "../components/employee-form";
import { Fact } from "../components/fact";
import { FilesSection } from "../components/files-section";
import { Loaded } from "../components/loaded";
import { PageHeader } from "../components/page-header";
import { deleteEmployee, getEmployee } from "../lib/crm-queries";
import { setDocumentTitle } from "../lib/document-title";
import { formatIsoDate, personName } from "../lib/format";
import { settled } from "../lib/resource";
import { useTenant } from "../lib/tenant";

/** One entry of the staff directory: details, editing and files (contracts, ID photos…). */
export default function EmployeePage() {
  const tenant = useTenant();
  const params = useParams();
  const [employee, { mutate, refetch }] = createResource(
    () => ({ tenant: tenant.slug(), id: params.id ?? "" }),
    (input) =>
      getEmployee(input).catch((error) => {
        tenant.handleError(error);
        throw error;
      }),
  );
  const [editing, setEditing] = createSignal(false);
  const [saved, setSaved] = createSignal(false);
  let editButton: HTMLButtonElement | undefined;
  let editCard: HTMLDivElement | undefined;
  const name = () => {
    const e = settled(employee);
    return e ? personName(e.firstName, e.lastName) || "(no name)" : "";
  };
  createEffect(() => name() && setDocumentTitle(`${name()} · Employees`));

  return (
    <section class="page record" aria-labelledby="record-heading">
      <p class="breadcrumbs">
        <A href={tenant.path("/employees")}>Employees</A>
      </p>
      <Loaded of={employee} what="the employee" retry={() => void refetch()}>
        {(e) => (
          <>
            <PageHeader id="record-heading" title={name()}>
              <Show when={!editing()}>
                <button
                  type="button"
                  ref={editButton}
                  onClick={() => {
                    setSaved(false);
                    setEditing(true);
                    editCard?.querySelector<HTMLElement>("input, select, textarea")?.focus();
                  }}
                >
                  Edit employee
                </button>
              </Show>
              <DeleteRecord
                noun="employee"
                name={name()}
                then={tenant.path("/employees")}
                onDelete={() => deleteEmployee({ tenant: tenant.slug(), id: e().id })}
                consequences={<p>The entry and its files are deleted. A linked member keeps their access.</p>}
              />
            </PageHeader>
            <p class="status-line" role="status">
              {saved() ? "Employee saved." : ""}
            </p>
            <Show
              when={editing()}
              fallback={
                <div class="card">
                  <dl class="facts">
                    <Fact label="Job title" when={e().jobTitle}>
                      {e().jobTitle}
                    </Fact>
                    <Fact label="Department" when={e().department}>
                      <A href={tenant.path(`/employees?department=${encodeURIComponent(e().department ?? "")}`)}>
                        {e().department}
                      </A>
                    </Fact>
                    <Fact label="Email" when={e().email}>
                      <a href={`mailto:${e().email}`}>{e().email}</a>
                    </Fact>
                    <Fact label="Phone" when={e().phone}>
                      <a href={`tel:${e().phone}`}>{e().phone}</a>
                    </Fact>
                    <Fact label="Start date" when={e().startDate}>
                      {formatIsoDate(e().startDate)}
                    </Fact>
                    <Fact label="Member account" when={e().account}>
                      {e().account?.name} ({e().account?.email})
                    </Fact>
                  </dl>
                </div>
              }
            >
              <div class="card" ref={editCard}>
                <h2>Edit employee</h2>
                <EmployeeForm
                  employee={e()}
                  onSaved={(next) => {
                    mutate(next);
                    setEditing(false);
                    setSaved(true);
                    editButton?.focus();
                  }}
                  onCancel={() => {
                    setEditing(false);
                    editButton?.focus();
                  }}
                />
              </div>
            </Show>
            <FilesSection entityKind="employee" entityId={e().id} />
          </>
        )}
      </Loaded>
    </section>
  );
}
