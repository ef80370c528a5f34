import { platformRouter } from "./router/platform";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  platform: platformRouter,
});

export type AppRouter = typeof appRouter;
