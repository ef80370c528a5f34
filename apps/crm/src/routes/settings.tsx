import { Show } from "solid-js";
import { CsvSection } from "../components/settings/csv-section";
import { InvitationsSection } from "../components/settings/invitations-section";
import { MembersSection } from "../components/settings/members-section";
import { StagesSection } from "../components/settings/stages-section";
import { TenantSection } from "../components/settings/tenant-section";
import { useTenant } from "../lib/tenant";

/**
 * The control panel of a CRM database. Admins and owners manage it; members see how it is set up, read-only, and
 * can import and export data.
 */
export default function SettingsPage() {
  const tenant = useTenant();
  return (
    <section class="page settings" aria-labelledby="settings-heading">
      <h1 id="settings-heading">Settings</h1>
      <Show
        when={tenant.isAdmin()}
        fallback={
          <p class="callout" data-tone="warn">
            You are a member of {tenant.details().name}: you can see how it is set up, but only its admins and owners
            change it.
          </p>
        }
      >
        <p class="meta">
          You are {tenant.isOwner() ? "an owner" : "an admin"} of {tenant.details().name}: you manage its members, its
          pipeline and its settings.
        </p>
      </Show>
      <div class="settings-grid">
        <TenantSection />
        <MembersSection />
        <Show when={tenant.isAdmin()}>
          <InvitationsSection />
        </Show>
        <StagesSection />
        <CsvSection />
        {/* F5 adds the "Backups" (download, restore) and "Deletion" (delete this CRM database) sections here,
            for owners; F7 adds "Billing" (plan, invoices, payment method) for owners. Not rendered before then:
            no section a person can reach may promise something that does not exist yet. */}
      </div>
    </section>
  );
}
