import { acceptInviteInput, byId, changeRoleInput, inviteInput, memberInput } from "@abante/validators";
import * as tenancy from "../services/tenancy";
import {
  authedProcedure,
  createTRPCRouter,
  tenantAdminProcedure,
  tenantOwnerProcedure,
  tenantProcedure,
} from "../trpc";

/** A tenant's members and invitations (P19): admins manage them, a tenant always keeps an owner. */
export const memberRouter = createTRPCRouter({
  list: tenantProcedure.query(({ ctx }) => tenancy.listMembers(ctx)),
  invitations: tenantAdminProcedure.query(({ ctx }) => tenancy.listInvitations(ctx)),
  invite: tenantAdminProcedure.input(inviteInput).mutation(({ ctx, input }) => tenancy.invite(ctx, input)),
  revokeInvitation: tenantAdminProcedure
    .input(byId)
    .mutation(({ ctx, input }) => tenancy.revokeInvitation(ctx, input.id)),
  /** Not a tenant procedure: the caller is not a member yet. The token names the tenant. */
  acceptInvite: authedProcedure
    .input(acceptInviteInput)
    .mutation(({ ctx, input }) => tenancy.acceptInvite(ctx, ctx.session.accountId, input)),
  changeRole: tenantAdminProcedure.input(changeRoleInput).mutation(({ ctx, input }) => tenancy.changeRole(ctx, input)),
  remove: tenantAdminProcedure
    .input(memberInput)
    .mutation(({ ctx, input }) => tenancy.removeMember(ctx, input.accountId)),
  /** Leaving is removing oneself; any member may, except the last owner. */
  leave: tenantProcedure.mutation(({ ctx }) => tenancy.removeMember(ctx, ctx.session.accountId)),
  transferOwnership: tenantOwnerProcedure
    .input(memberInput)
    .mutation(({ ctx, input }) => tenancy.transferOwnership(ctx, input.accountId)),
});
