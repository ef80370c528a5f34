import { RecordPage } from "../components/record-page";
import { employeeKind } from "../records/employee";

/** One employee: see records/employee.tsx for what it shows and edits. */
export default function EmployeePage() {
  return <RecordPage kind={employeeKind} />;
}
