import { consentRecordInput, currentConsent, recordConsent } from "../services/marketing/consent";
import { createTRPCRouter, publicProcedure } from "../trpc";

/** P31: the visitor's cookie decision, stored as proof. */
export const consentRouter = createTRPCRouter({
  current: publicProcedure.query(({ ctx }) => currentConsent(ctx)),
  record: publicProcedure.input(consentRecordInput).mutation(({ ctx, input }) => recordConsent(ctx, input)),
});
