import { contactSales, partnerRequest, privacyRequest, registerEvent } from "../services/marketing/forms";
import {
  contactSalesInput,
  partnerRequestInput,
  privacyRequestInput,
  registerEventInput,
} from "../services/marketing/inputs";
import { createTRPCRouter, publicProcedure } from "../trpc";

/** The public forms (P2, P13, P14, P22); every one checks the bot proof (P7) before it writes anything. */
export const formsRouter = createTRPCRouter({
  contactSales: publicProcedure.input(contactSalesInput).mutation(({ ctx, input }) => contactSales(ctx, input)),
  registerEvent: publicProcedure.input(registerEventInput).mutation(({ ctx, input }) => registerEvent(ctx, input)),
  partnerRequest: publicProcedure.input(partnerRequestInput).mutation(({ ctx, input }) => partnerRequest(ctx, input)),
  privacyRequest: publicProcedure.input(privacyRequestInput).mutation(({ ctx, input }) => privacyRequest(ctx, input)),
});
