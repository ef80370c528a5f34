import { createTRPCRouter } from "../trpc";

export const employeeRouter = createTRPCRouter({});
