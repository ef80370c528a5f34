import { NewRecordPage } from "../components/record-page";
import { employeeKind } from "../records/employee";

/** A new employee, started from the page's query where it offers one. */
export default function NewEmployeePage() {
  return <NewRecordPage kind={employeeKind} />;
}
