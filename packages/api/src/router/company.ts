import { createTRPCRouter } from "../trpc";

export const companyRouter = createTRPCRouter({});
