import type { Db } from "@abante/db";

/** What the plain HTTP routes (files, CSV) get from the server. */
export interface RouteOptions {
  db: Db;
  now: () => Date;
}
