import { accountRouter } from "./router/account";
import { activityRouter } from "./router/activity";
import { attachmentRouter } from "./router/attachment";
import { authRouter } from "./router/auth";
import { companyRouter } from "./router/company";
import { consentRouter } from "./router/consent";
import { contactRouter } from "./router/contact";
import { dealRouter } from "./router/deal";
import { devRouter } from "./router/dev";
import { employeeRouter } from "./router/employee";
import { formsRouter } from "./router/forms";
import { marketingRouter } from "./router/marketing";
import { memberRouter } from "./router/member";
import { platformRouter } from "./router/platform";
import { stageRouter } from "./router/stage";
import { statsRouter } from "./router/stats";
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
  consent: consentRouter,
  marketing: marketingRouter,
  forms: formsRouter,
  stats: statsRouter,
});

export type AppRouter = typeof appRouter;
