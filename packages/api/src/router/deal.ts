import { createTRPCRouter } from "../trpc";

export const dealRouter = createTRPCRouter({});
