/**
 * How long the platform keeps each kind of data (P18, P25–P29, P31). The retention jobs, the session and token code
 * and the legal pages all read these numbers, so the published policy and the behaviour cannot drift apart.
 */
export interface Retention {
  /** P26: request-log rows are dropped after this many months unless a recorded legal hold covers them. */
  readonly requestLogMonths: number;
  /** P27: a session ends this many days after its last activity… */
  readonly sessionIdleDays: number;
  /** …and at the latest this many days after sign-in. */
  readonly sessionMaxDays: number;
  /** P31: a cookie decision is valid this long; then the banner asks again. Also the consent cookie's lifetime. */
  readonly consentMonths: number;
  /** P23: single-use links expire after this many hours and are then deleted. */
  readonly oneTimeTokenHours: {
    readonly verify: number;
    readonly reset: number;
    readonly changeEmail: number;
    readonly invite: number;
  };
  /**
   * A new CRM database runs as a free trial for this many days by default (operators may set TRIAL_DAYS); when the
   * trial ends without a plan, the tenant is cancelled and the P28 grace period below begins.
   */
  readonly trialDays: number;
  /** P28: a cancelled tenant can be reactivated for this many days, then it is destroyed. */
  readonly cancelledTenantGraceDays: number;
  /** P29: backups are immutable and destroyed after this many months. */
  readonly backupMonths: number;
  /** P25: invoices and billing records are kept this many years unless a country's law says otherwise. */
  readonly billingYearsDefault: number;
  /** P18, P22: data-subject requests are answered within this many days. */
  readonly dsrDeadlineDays: number;
}

export const retention: Retention = {
  requestLogMonths: 6,
  sessionIdleDays: 7,
  sessionMaxDays: 90,
  consentMonths: 12,
  oneTimeTokenHours: { verify: 24, reset: 1, changeEmail: 24, invite: 168 },
  trialDays: 15,
  cancelledTenantGraceDays: 14,
  backupMonths: 6,
  billingYearsDefault: 10,
  dsrDeadlineDays: 30,
};

/** P12: aggregate groups with fewer members than this are suppressed before anyone sees them. */
export const AGGREGATE_MIN_GROUP = 5;

export type DurationUnit = "hours" | "days" | "months" | "years";

export interface Duration {
  readonly amount: number;
  readonly unit: DurationUnit;
}

const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;

/**
 * `date` plus a duration. Months and years follow the calendar in UTC (31 January + 1 month = 28/29 February, the
 * last day of the shorter month), so "6 months" means what a person reading the policy would expect.
 */
export function addDuration(date: Date, duration: Duration, sign: 1 | -1 = 1): Date {
  const n = duration.amount * sign;
  switch (duration.unit) {
    case "hours":
      return new Date(date.getTime() + n * HOUR_MS);
    case "days":
      return new Date(date.getTime() + n * DAY_MS);
    case "months":
    case "years": {
      const months = duration.unit === "years" ? n * 12 : n;
      const result = new Date(date.getTime());
      const day = result.getUTCDate();
      result.setUTCDate(1);
      result.setUTCMonth(result.getUTCMonth() + months);
      const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
      result.setUTCDate(Math.min(day, lastDay));
      return result;
    }
  }
}

/** `date` minus a duration (see `addDuration`). */
export function subtractDuration(date: Date, duration: Duration): Date {
  return addDuration(date, duration, -1);
}

/** P26: request-log rows logged before this instant are past their retention (legal holds aside). */
export function requestLogCutoff(now: Date, r: Retention = retention): Date {
  return subtractDuration(now, { amount: r.requestLogMonths, unit: "months" });
}

/** P31: a consent decision taken before this instant is too old and must be asked again. */
export function consentRenewalCutoff(now: Date, r: Retention = retention): Date {
  return subtractDuration(now, { amount: r.consentMonths, unit: "months" });
}

/** Milliseconds in a fixed-length duration (hours or days); months and years have no fixed length. */
export function durationMs(duration: Duration): number {
  if (duration.unit === "hours") return duration.amount * HOUR_MS;
  if (duration.unit === "days") return duration.amount * DAY_MS;
  throw new RangeError(`${duration.unit} have no fixed length; use addDuration`);
}
