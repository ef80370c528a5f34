import { invalidateSession } from "@abante/auth";
import { schema } from "@abante/db";
import {
  requestPasswordResetInput,
  resetPasswordInput,
  signInInput,
  signUpRequestInput,
  tokenInput,
} from "@abante/validators";
import { eq } from "drizzle-orm";
import * as identity from "../services/identity";
import { authedProcedure, createTRPCRouter, publicProcedure } from "../trpc";

export const authRouter = createTRPCRouter({
  /** The signed-in account, or null. */
  me: publicProcedure.query(async ({ ctx }) => {
    if (!ctx.session) return null;
    const [account] = await ctx.db.select().from(schema.account).where(eq(schema.account.id, ctx.session.accountId));
    return account ? identity.me(account) : null;
  }),
  signUp: publicProcedure.input(signUpRequestInput).mutation(({ ctx, input }) => identity.signUp(ctx, input)),
  signIn: publicProcedure.input(signInInput).mutation(({ ctx, input }) => identity.signIn(ctx, input)),
  signOut: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.session) await invalidateSession(ctx.db, ctx.session.sessionId);
    ctx.cookies.clear();
    return { ok: true as const };
  }),
  verifyEmail: publicProcedure.input(tokenInput).mutation(({ ctx, input }) => identity.verifyEmail(ctx, input.token)),
  resendVerification: authedProcedure.mutation(({ ctx }) => identity.resendVerification(ctx, ctx.session.accountId)),
  requestPasswordReset: publicProcedure
    .input(requestPasswordResetInput)
    .mutation(({ ctx, input }) => identity.requestPasswordReset(ctx, input.email)),
  resetPassword: publicProcedure
    .input(resetPasswordInput)
    .mutation(({ ctx, input }) => identity.resetPassword(ctx, input)),
});
