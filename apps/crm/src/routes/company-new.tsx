import { A, useNavigate } from "@solidjs/router";
import { CompanyForm } from "../components/company-form";
import { useTenant } from "../lib/tenant";

export default function NewCompanyPage() {
  const tenant = useTenant();
  const navigate = useNavigate();
  return (
    <section class="page" aria-labelledby="new-company-heading">
      <p class="breadcrumbs">
        <A href={tenant.path("/companies")}>Companies</A>
      </p>
      <h1 id="new-company-heading">New company</h1>
      <div class="card">
        <CompanyForm
          onSaved={(company) => navigate(tenant.path(`/companies/${company.id}`))}
          onCancel={() => history.back()}
        />
      </div>
    </section>
  );
}
