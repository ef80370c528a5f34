import { Navigate, useParams } from "@solidjs/router";
import { tenantPath } from "../lib/tenant";

/** /t/:tenant opens the contacts, the section people use most. */
export default function TenantIndex() {
  const params = useParams();
  return <Navigate href={tenantPath(params.tenant ?? "", "/contacts")} />;
}
