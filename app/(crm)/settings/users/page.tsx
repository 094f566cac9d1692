import type { Metadata } from "next";
import { ConfirmActionButton } from "@/components/settings/confirm-action-button";
import { CreateUserForm } from "@/components/settings/create-user-form";
import { RoleSelect } from "@/components/settings/role-select";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format-date";
import { requireUser } from "@/lib/auth/current-user";
import { ROLES, ROLE_LABELS, can } from "@/lib/auth/roles";
import { listUsers } from "@/lib/crm/users/list-users";
import { createUserAction, setUserActiveAction, setUserRoleAction } from "./actions";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const { user: me, ctx } = await requireUser();
  if (!can(me.role, "manageUsers")) {
    return <Alert tone="info">Only admins manage users. Ask an admin of {me.tenantName}.</Alert>;
  }
  const users = await listUsers(ctx);
  return (
    <div className="grid gap-6 2xl:grid-cols-[1fr_24rem]">
      <Card title="Users" description="People who can sign in to this workspace. Deactivated users cannot sign in; their history stays.">
        <div className="overflow-x-auto">
          <table className="min-w-full text-left text-sm" data-testid="users-table">
            <thead className="text-xs tracking-wide text-slate-500 uppercase">
              <tr>
                <th className="py-2 pr-4">Name</th>
                <th className="py-2 pr-4">Role</th>
                <th className="py-2 pr-4">Last sign-in</th>
                <th className="py-2 pr-4">Status</th>
                <th className="py-2" />
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {users.map((user) => (
                <tr key={user.id} data-testid={`user-row-${user.email}`}>
                  <td className="py-2 pr-4">
                    <p className="font-medium text-slate-900">{user.name}</p>
                    <p className="text-xs text-slate-500">{user.email}</p>
                  </td>
                  <td className="py-2 pr-4">
                    {user.id === me.id ? (
                      <Badge tone="blue">{user.role}</Badge>
                    ) : (
                      <RoleSelect value={user.role} roles={[...ROLES]} label={`Role of ${user.email}`} change={setUserRoleAction.bind(null, user.id)} />
                    )}
                  </td>
                  <td className="py-2 pr-4 text-xs whitespace-nowrap text-slate-600">{formatDateTime(user.lastLoginAt)}</td>
                  <td className="py-2 pr-4">{user.active ? <Badge tone="green">active</Badge> : <Badge tone="red">deactivated</Badge>}</td>
                  <td className="py-2 text-right">
                    {user.id !== me.id &&
                      (user.active ? (
                        <ConfirmActionButton
                          label="Deactivate"
                          confirm={`Deactivate ${user.email}? They are signed out at once.`}
                          action={setUserActiveAction.bind(null, user.id, false)}
                        />
                      ) : (
                        <ConfirmActionButton
                          label="Reactivate"
                          variant="secondary"
                          confirm={`Reactivate ${user.email}?`}
                          action={setUserActiveAction.bind(null, user.id, true)}
                        />
                      ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
      <Card title="Add a user" description="Set an initial password and share it with them privately.">
        <CreateUserForm roles={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))} create={createUserAction} />
      </Card>
    </div>
  );
}
