import { NewRecordPage } from "../components/record-page";
import { companyKind } from "../records/company";

/** A new company, started from the page's query where it offers one. */
export default function NewCompanyPage() {
  return <NewRecordPage kind={companyKind} />;
}
