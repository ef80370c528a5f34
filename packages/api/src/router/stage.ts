import { createTRPCRouter } from "../trpc";

export const stageRouter = createTRPCRouter({});
