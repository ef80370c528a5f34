import { getOutboxMessage, listOutbox } from "@abante/mail";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { createTRPCRouter, publicProcedure } from "../trpc";

/**
 * The dev mailbox: e-mail the platform "sent" while no SMTP server is configured. Only in development (or when
 * explicitly enabled for a demo); in production with real e-mail it does not exist.
 */
const devOnly = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.devMailbox) throw new TRPCError({ code: "NOT_FOUND", message: "The dev mailbox is off." });
  return next();
});

export const devRouter = createTRPCRouter({
  mailbox: publicProcedure.query(async ({ ctx }) => {
    if (!ctx.devMailbox) return { enabled: false, messages: [] };
    const rows = await listOutbox(ctx.db, { limit: 100 });
    return {
      enabled: true,
      messages: rows.map((m) => ({
        id: m.id,
        to: m.toAddress,
        subject: m.subject,
        kind: m.kind,
        createdAt: m.createdAt,
      })),
    };
  }),
  message: devOnly.input(z.object({ id: z.uuid("Unknown message.") })).query(async ({ ctx, input }) => {
    const m = await getOutboxMessage(ctx.db, input.id);
    if (!m) throw new TRPCError({ code: "NOT_FOUND", message: "No such message." });
    return {
      id: m.id,
      to: m.toAddress,
      subject: m.subject,
      text: m.textBody,
      html: m.htmlBody,
      createdAt: m.createdAt,
    };
  }),
});
