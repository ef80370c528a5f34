import { A } from "@solidjs/router";
import type { RecordKind } from "../components/record-page";
import { createEmployee, deleteEmployee, type Employee, getEmployee, updateEmployee } from "../lib/crm-queries";
import { lazySchema } from "../lib/form";
import { formatIsoDate, personName } from "../lib/format";
import { useTenant } from "../lib/tenant";

const schema = lazySchema(() => import("@abante/validators").then((m) => m.createEmployeeInput.omit({ tenant: true })));

/** The staff directory: details and files (contracts, ID photos…); no timeline. */
export const employeeKind: RecordKind<Employee, object, typeof schema> = {
  noun: "employee",
  section: "Employees",
  path: "/employees",
  name: (e) => personName(e.firstName, e.lastName) || "(no name)",
  get: getEmployee,
  remove: deleteEmployee,
  schema,
  save: (tenant, input, employee) =>
    employee ? updateEmployee({ tenant, id: employee.id, ...input }) : createEmployee({ tenant, ...input }),
  context: async () => ({}),
  createLabel: "Add employee",
  fields: [
    { name: "firstName", label: "First name", kind: "text", value: (e) => e?.firstName },
    { name: "lastName", label: "Last name", optional: true, kind: "text", value: (e) => e?.lastName },
    { name: "jobTitle", label: "Job title", optional: true, kind: "text", value: (e) => e?.jobTitle },
    { name: "department", label: "Department", optional: true, kind: "text", value: (e) => e?.department },
    {
      name: "email",
      label: "Email",
      optional: true,
      kind: "text",
      type: "email",
      spellcheck: false,
      value: (e) => e?.email,
    },
    { name: "phone", label: "Phone", optional: true, kind: "text", type: "tel", value: (e) => e?.phone },
    { name: "startDate", label: "Start date", optional: true, kind: "text", type: "date", value: (e) => e?.startDate },
    {
      name: "accountId",
      label: "Member account",
      optional: true,
      hint: "Links this person to their sign-in, if they use this CRM.",
      kind: "member",
      none: "Not linked",
      value: (e) => e?.accountId,
      valueName: (e) => e.account?.name,
    },
  ],
  facts: [
    { label: "Job title", given: (e) => e.jobTitle, show: (e) => e.jobTitle },
    {
      label: "Department",
      given: (e) => e.department,
      show: (e) => <DepartmentLink department={e.department ?? ""} />,
    },
    { label: "Email", given: (e) => e.email, show: (e) => <a href={`mailto:${e.email}`}>{e.email}</a> },
    { label: "Phone", given: (e) => e.phone, show: (e) => <a href={`tel:${e.phone}`}>{e.phone}</a> },
    { label: "Start date", given: (e) => e.startDate, show: (e) => formatIsoDate(e.startDate) },
    {
      label: "Member account",
      given: (e) => e.account,
      show: (e) => `${e.account?.name} (${e.account?.email})`,
    },
  ],
  deleteNote: () => <p>The entry and its files are deleted. A linked member keeps their access.</p>,
  files: "employee",
};

/** The department, as a link to the directory filtered on it. */
function DepartmentLink(props: { department: string }) {
  const tenant = useTenant();
  return <A href={tenant.path(`/employees?department=${encodeURIComponent(props.department)}`)}>{props.department}</A>;
}
