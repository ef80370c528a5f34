import { accountRouter } from "./router/account";
import { activityRouter } from "./router/activity";
import { attachmentRouter } from "./router/attachment";
import { authRouter } from "./router/auth";
import { companyRouter } from "./router/company";
import { contactRouter } from "./router/contact";
import { dealRouter } from "./router/deal";
import { devRouter } from "./router/dev";
import { employeeRouter } from "./router/employee";
import { memberRouter } from "./router/member";
import { platformRouter } from "./router/platform";
import { stageRouter } from "./router/stage";
import { tenantRouter } from "./router/tenant";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  platform: platformRouter,
  auth: authRouter,
  account: accountRouter,
  dev: devRouter,
  tenant: tenantRouter,
  member: memberRouter,
  company: companyRouter,
  contact: contactRouter,
  stage: stageRouter,
  deal: dealRouter,
  activity: activityRouter,
  employee: employeeRouter,
  attachment: attachmentRouter,
});

export type AppRouter = typeof appRouter;
