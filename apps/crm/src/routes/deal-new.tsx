import { NewRecordPage } from "../components/record-page";
import { dealKind } from "../records/deal";

/** A new deal, started from the page's query where it offers one. */
export default function NewDealPage() {
  return <NewRecordPage kind={dealKind} />;
}
