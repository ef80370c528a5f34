import { RecordPage } from "../components/record-page";
import { contactKind } from "../records/contact";

/** One contact: see records/contact.tsx for what it shows and edits. */
export default function ContactPage() {
  return <RecordPage kind={contactKind} />;
}
