import { byId, createContactInput, listContactsInput, updateContactInput } from "@abante/validators";
import { patchOf } from "../services/crm/common";
import { createContact, deleteContact, getContact, listContacts, updateContact } from "../services/crm/contact";
import { createTRPCRouter, tenantProcedure } from "../trpc";

export const contactRouter = createTRPCRouter({
  list: tenantProcedure.input(listContactsInput).query(({ ctx, input }) => listContacts(ctx, input)),
  get: tenantProcedure.input(byId).query(({ ctx, input }) => getContact(ctx, input.id)),
  create: tenantProcedure
    .input(createContactInput)
    .mutation(({ ctx, input: { tenant: _, ...fields } }) => createContact(ctx, fields)),
  update: tenantProcedure
    .input(updateContactInput)
    .mutation(({ ctx, input }) => updateContact(ctx, input.id, patchOf(input))),
  delete: tenantProcedure.input(byId).mutation(({ ctx, input }) => deleteContact(ctx, input.id)),
});
