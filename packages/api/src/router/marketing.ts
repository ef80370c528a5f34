import { eventsInput, partnersInput, pricingInput, slugInput } from "../services/marketing/inputs";
import { pricingFor } from "../services/marketing/pricing";
import { getEvent, listEvents, listPartners, listSubprocessors } from "../services/marketing/site";
import { createTRPCRouter, publicProcedure } from "../trpc";

/** Public data of the marketing site, adapted to the visitor's country (P4). */
export const marketingRouter = createTRPCRouter({
  events: publicProcedure.input(eventsInput).query(({ ctx, input }) => listEvents(ctx, input)),
  event: publicProcedure.input(slugInput).query(({ ctx, input }) => getEvent(ctx, input.slug)),
  partners: publicProcedure.input(partnersInput).query(({ ctx, input }) => listPartners(ctx, input)),
  subprocessors: publicProcedure.query(({ ctx }) => listSubprocessors(ctx)),
  pricing: publicProcedure.input(pricingInput).query(({ ctx, input }) => pricingFor(input.country ?? ctx.meta.country)),
});
