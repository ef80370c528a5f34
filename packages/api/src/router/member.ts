import { createTRPCRouter } from "../trpc";

export const memberRouter = createTRPCRouter({});
