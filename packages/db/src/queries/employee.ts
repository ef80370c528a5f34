import { and, eq, sql } from "drizzle-orm";
import { account, employee } from "../schema";
import type { TenantTx } from "../tenant";
import { finishPage, type Keyset, keysetPage } from "./keyset";
import { digitsOnly, searchWords } from "./shared";

/** The staff directory in name order (employee_tenant_name_idx leads with lower(last_name)). */
export const employeeKeyset: Keyset = {
  tag: "employee.name",
  table: employee,
  parts: [
    { expr: sql`lower(${employee.lastName})`, kind: "text" },
    { expr: sql`lower(${employee.firstName})`, kind: "text" },
    { expr: sql`${employee.id}`, kind: "uuid" },
  ],
};

export interface EmployeeValues {
  firstName: string;
  lastName: string;
  jobTitle: string | null;
  department: string | null;
  email: string | null;
  phone: string | null;
  startDate: string | null;
  accountId: string | null;
}

// A directory holds hundreds of people, not millions: search scans the tenant's rows instead of keeping a column.
const employeeSearchText = sql`lower(concat_ws(' ', ${employee.firstName}, ${employee.lastName}, ${employee.email},
  ${employee.phone}, ${digitsOnly(sql`${employee.phone}`)}, ${employee.jobTitle}, ${employee.department}))`;

export async function listEmployees(
  tx: TenantTx,
  p: { tenantId: string; search?: string; department?: string; cursor?: string | null; limit: number },
) {
  const page = await keysetPage(tx, employeeKeyset, "asc", p.cursor);
  const fetched = await tx
    .select({
      id: employee.id,
      firstName: employee.firstName,
      lastName: employee.lastName,
      jobTitle: employee.jobTitle,
      department: employee.department,
      email: employee.email,
      phone: employee.phone,
      startDate: employee.startDate,
      accountId: employee.accountId,
      _key: page.key,
    })
    .from(employee)
    .where(
      and(
        eq(employee.tenantId, p.tenantId),
        searchWords(employeeSearchText, p.search),
        p.department ? sql`lower(${employee.department}) = lower(${p.department})` : undefined,
        page.where,
      ),
    )
    .orderBy(...page.orderBy)
    .limit(p.limit + 1);
  return finishPage(page.keyset, fetched, p.limit);
}

/** The full record, with the linked member account's name and e-mail. */
export async function getEmployee(tx: TenantTx, p: { tenantId: string; id: string }) {
  const [row] = await tx
    .select({
      id: employee.id,
      firstName: employee.firstName,
      lastName: employee.lastName,
      jobTitle: employee.jobTitle,
      department: employee.department,
      email: employee.email,
      phone: employee.phone,
      startDate: employee.startDate,
      accountId: employee.accountId,
      accountName: account.name,
      accountEmail: account.email,
      createdAt: employee.createdAt,
      updatedAt: employee.updatedAt,
    })
    .from(employee)
    .leftJoin(account, eq(account.id, employee.accountId))
    .where(and(eq(employee.tenantId, p.tenantId), eq(employee.id, p.id)));
  if (!row) return undefined;
  const { accountName, accountEmail, ...rest } = row;
  return {
    ...rest,
    account: row.accountId === null ? null : { id: row.accountId, name: accountName ?? "", email: accountEmail ?? "" },
  };
}

export async function insertEmployee(tx: TenantTx, p: { tenantId: string; values: EmployeeValues }) {
  const [row] = await tx
    .insert(employee)
    .values({ tenantId: p.tenantId, ...p.values })
    .returning({ id: employee.id });
  return row!.id;
}

export async function updateEmployee(
  tx: TenantTx,
  p: { tenantId: string; id: string; patch: Partial<EmployeeValues> },
): Promise<boolean> {
  const where = and(eq(employee.tenantId, p.tenantId), eq(employee.id, p.id));
  const updated =
    Object.keys(p.patch).length > 0
      ? await tx.update(employee).set(p.patch).where(where).returning({ id: employee.id })
      : await tx.select({ id: employee.id }).from(employee).where(where);
  return updated.length > 0;
}

export async function deleteEmployee(tx: TenantTx, p: { tenantId: string; id: string }): Promise<boolean> {
  const deleted = await tx
    .delete(employee)
    .where(and(eq(employee.tenantId, p.tenantId), eq(employee.id, p.id)))
    .returning({ id: employee.id });
  return deleted.length > 0;
}
