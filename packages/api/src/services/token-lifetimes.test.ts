import { retention } from "@abante/privacy";
import { describe, expect, it } from "vitest";
import { CHANGE_EMAIL_TTL_MS, DSR_DEADLINE_DAYS, RESET_TTL_MS, VERIFY_TTL_MS } from "./identity";
import { INVITE_TTL_MS } from "./tenancy";

const HOUR = 3600 * 1000;

describe("P23 single-use links last as long as the privacy registry says", () => {
  it("e-mail verification, password reset, e-mail change and invitation links", () => {
    // The privacy page publishes retention.oneTimeTokenHours; the API issues links with exactly these lifetimes.
    expect(VERIFY_TTL_MS).toBe(retention.oneTimeTokenHours.verify * HOUR);
    expect(RESET_TTL_MS).toBe(retention.oneTimeTokenHours.reset * HOUR);
    expect(CHANGE_EMAIL_TTL_MS).toBe(retention.oneTimeTokenHours.changeEmail * HOUR);
    expect(INVITE_TTL_MS).toBe(retention.oneTimeTokenHours.invite * HOUR);
    expect(DSR_DEADLINE_DAYS).toBe(retention.dsrDeadlineDays);
  });
});
