import { A, useNavigate } from "@solidjs/router";
import { EmployeeForm } from "../components/employee-form";
import { useTenant } from "../lib/tenant";

export default function NewEmployeePage() {
  const tenant = useTenant();
  const navigate = useNavigate();
  return (
    <section class="page" aria-labelledby="new-employee-heading">
      <p class="breadcrumbs">
        <A href={tenant.path("/employees")}>Employees</A>
      </p>
      <h1 id="new-employee-heading">New employee</h1>
      <div class="card">
        <EmployeeForm
          onSaved={(employee) => navigate(tenant.path(`/employees/${employee.id}`))}
          onCancel={() => history.back()}
        />
      </div>
    </section>
  );
}
