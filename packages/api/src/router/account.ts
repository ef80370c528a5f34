import {
  changeEmailInput,
  changePasswordInput,
  marketingInput,
  sessionIdInput,
  updateProfileInput,
} from "@abante/validators";
import { z } from "zod";
import * as identity from "../services/identity";
import { authedProcedure, createTRPCRouter } from "../trpc";

/** The account portal (P17): the signed-in person's own data, sessions and privacy requests. */
export const accountRouter = createTRPCRouter({
  profile: authedProcedure.query(({ ctx }) => identity.profile(ctx, ctx.session.accountId)),
  updateProfile: authedProcedure
    .input(updateProfileInput)
    .mutation(({ ctx, input }) => identity.updateProfile(ctx, ctx.session.accountId, input)),
  changeEmail: authedProcedure
    .input(changeEmailInput)
    .mutation(({ ctx, input }) => identity.changeEmail(ctx, ctx.session.accountId, input)),
  setMarketing: authedProcedure
    .input(marketingInput)
    .mutation(({ ctx, input }) => identity.setMarketing(ctx, ctx.session.accountId, input.optIn)),
  sessions: authedProcedure.query(({ ctx }) => identity.sessions(ctx, ctx.session.accountId, ctx.session.sessionId)),
  revokeSession: authedProcedure
    .input(sessionIdInput)
    .mutation(({ ctx, input }) => identity.revokeSession(ctx, ctx.session.accountId, input.id, ctx.session.sessionId)),
  signOutEverywhere: authedProcedure.mutation(({ ctx }) => identity.signOutEverywhere(ctx, ctx.session.accountId)),
  changePassword: authedProcedure
    .input(changePasswordInput)
    .mutation(({ ctx, input }) => identity.changePassword(ctx, ctx.session.accountId, ctx.session.sessionId, input)),
  privacyRequests: authedProcedure.query(({ ctx }) => identity.privacyRequests(ctx, ctx.session.accountId)),
  requestDataExport: authedProcedure.mutation(({ ctx }) =>
    identity.createPrivacyRequest(ctx, ctx.session.accountId, "access"),
  ),
  requestDeletion: authedProcedure
    .input(z.object({ password: z.string().min(1, "Enter your password.").max(128) }))
    .mutation(({ ctx, input }) => identity.createPrivacyRequest(ctx, ctx.session.accountId, "erasure", input.password)),
});
