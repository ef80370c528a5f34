import { NewRecordPage } from "../components/record-page";
import { contactKind } from "../records/contact";

/** A new contact, started from the page's query where it offers one. */
export default function NewContactPage() {
  return <NewRecordPage kind={contactKind} />;
}
