import { createTRPCRouter } from "../trpc";

export const activityRouter = createTRPCRouter({});
