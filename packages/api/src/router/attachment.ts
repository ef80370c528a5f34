import { createTRPCRouter } from "../trpc";

export const attachmentRouter = createTRPCRouter({});
