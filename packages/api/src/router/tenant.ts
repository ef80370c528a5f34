import { createTRPCRouter } from "../trpc";

export const tenantRouter = createTRPCRouter({});
