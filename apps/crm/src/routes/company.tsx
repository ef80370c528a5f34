import { RecordPage } from "../components/record-page";
import { companyKind } from "../records/company";

/** One company: see records/company.tsx for what it shows and edits. */
export default function CompanyPage() {
  return <RecordPage kind={companyKind} />;
}
