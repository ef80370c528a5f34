import { useParams } from "@solidjs/router";
import { FilesSection } from "../components/files-section";

/** A bare page with a contact's files, for the files section's tests. */
export default function ContactFiles() {
  const params = useParams();
  return <FilesSection entityKind="contact" entityId={params.id ?? ""} />;
}
