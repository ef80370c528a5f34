import { A } from "@solidjs/router";
import { createUniqueId, Show } from "solid-js";
import { ListPage } from "../components/list-page";
import { SearchBox } from "../components/search-box";
import { type EmployeeRow, listEmployees, PAGE_SIZE } from "../lib/crm-queries";
import { personName } from "../lib/format";
import { useListParams } from "../lib/list-params";
import { createPagedList } from "../lib/paged-list";
import { useTenant } from "../lib/tenant";

const FILTERS = ["q", "department"] as const;

/** The staff directory by name, 50 at a time, with search and a department filter. */
export default function EmployeesPage() {
  const tenant = useTenant();
  const params = useListParams();
  const departmentId = `department-${createUniqueId()}`;
  const list = createPagedList(
    () => ({ tenant: tenant.slug(), search: params.get("q"), department: params.get("department") }),
    (query, cursor, signal) => listEmployees({ ...query, cursor, limit: PAGE_SIZE }, signal),
    { onError: tenant.handleError },
  );
  const applyDepartment = (input: HTMLInputElement) => {
    const value = input.value.trim() || undefined;
    if (value !== params.get("department")) params.set({ department: value });
  };

  return (
    <ListPage
      noun="employees"
      title="Employees"
      actions={
        <A class="button" href={tenant.path("/employees/new")}>
          New employee
        </A>
      }
      filtersLabel="Search and filter employees"
      filterNames={FILTERS}
      params={params}
      filters={
        <>
          <SearchBox
            label="Search employees"
            placeholder="Name, email, phone, job or department"
            value={params.get("q")}
            onSearch={(q) => params.set({ q: q || undefined })}
          />
          <div class="field">
            <label for={departmentId}>Department</label>
            <input
              id={departmentId}
              type="text"
              class="short-field"
              value={params.get("department") ?? ""}
              maxLength={120}
              onChange={(event) => applyDepartment(event.currentTarget)}
              onKeyDown={(event) => {
                if (event.key === "Enter") {
                  event.preventDefault();
                  applyDepartment(event.currentTarget);
                }
              }}
            />
          </div>
        </>
      }
      list={list}
      order="name"
      columns={[
        { label: "Name" },
        { label: "Job title" },
        { label: "Department" },
        { label: "Email", secondary: true },
        { label: "Phone", secondary: true },
      ]}
      emptyHint={
        <>
          No employees yet. <A href={tenant.path("/employees/new")}>Add the first one</A>.
        </>
      }
      row={(employee: EmployeeRow) => (
        <tr>
          <th scope="row">
            <A href={tenant.path(`/employees/${employee.id}`)}>
              {personName(employee.firstName, employee.lastName) || "(no name)"}
            </A>
          </th>
          <td>{employee.jobTitle ?? ""}</td>
          <td>
            <Show when={employee.department} fallback="">
              {(department) => (
                <button type="button" class="link-button" onClick={() => params.set({ department: department() })}>
                  {department()}
                  <span class="visually-hidden"> (show only this department)</span>
                </button>
              )}
            </Show>
          </td>
          <td class="secondary">{employee.email ?? ""}</td>
          <td class="secondary">{employee.phone ?? ""}</td>
        </tr>
      )}
    />
  );
}
