import { RecordPage } from "../components/record-page";
import { dealKind } from "../records/deal";

/** One deal: see records/deal.tsx for what it shows and edits. */
export default function DealPage() {
  return <RecordPage kind={dealKind} />;
}
