import { accountRouter } from "./router/account";
import { authRouter } from "./router/auth";
import { devRouter } from "./router/dev";
import { platformRouter } from "./router/platform";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  platform: platformRouter,
  auth: authRouter,
  account: accountRouter,
  dev: devRouter,
});

export type AppRouter = typeof appRouter;
