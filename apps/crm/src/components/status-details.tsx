import { Show } from "solid-js";
import { formatCount, formatDateTime, formatDuration, formatLatency } from "../lib/format";
import { databaseLabel } from "../lib/platform-status";
import type { PlatformStatus } from "../lib/queries";

/** Database, server and demo-data facts as description lists, one card each. */
export function StatusDetails(props: { status: PlatformStatus }) {
  return (
    <div class="cards">
      <section class="card" aria-labelledby="database-heading">
        <h2 id="database-heading">Database</h2>
        <dl>
          <div>
            <dt>State</dt>
            <dd>
              <span class="tag" data-tone={props.status.database.ok ? "good" : "bad"}>
                {props.status.database.ok ? "Responding" : "Not responding"}
              </span>
            </dd>
          </div>
          <div>
            <dt>Driver</dt>
            <dd>{databaseLabel(props.status.database.driver)}</dd>
          </div>
          <div>
            <dt>Round trip</dt>
            <dd>{formatLatency(props.status.database.latencyMs)}</dd>
          </div>
          <div>
            <dt>Migrations applied</dt>
            <dd>{formatCount(props.status.database.migrations)}</dd>
          </div>
        </dl>
      </section>
      <section class="card" aria-labelledby="server-heading">
        <h2 id="server-heading">Server</h2>
        <dl>
          <div>
            <dt>Version</dt>
            <dd>
              <code>{props.status.version}</code>
            </dd>
          </div>
          <div>
            <dt>Server time</dt>
            <dd>
              <time datetime={props.status.time.toISOString()}>{formatDateTime(props.status.time)}</time>
            </dd>
          </div>
          <div>
            <dt>Up for</dt>
            <dd>{formatDuration(props.status.uptimeSeconds)}</dd>
          </div>
        </dl>
      </section>
      <section class="card" aria-labelledby="demo-heading">
        <h2 id="demo-heading">Demo data</h2>
        <Show when={props.status.demo} fallback={<p>No demo CRM database on this platform.</p>}>
          {(demo) => (
            <dl>
              <div>
                <dt>CRM database</dt>
                <dd>{demo().tenantName}</dd>
              </div>
              <div>
                <dt>Contacts</dt>
                <dd>{formatCount(demo().contacts)}</dd>
              </div>
            </dl>
          )}
        </Show>
      </section>
    </div>
  );
}
