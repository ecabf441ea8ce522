import { notFound } from 'next/navigation';
import { canGlobal } from '@/lib/access';
import { requireUser } from '@/lib/auth/session';
import { getSessionHours, listUsers } from '@/lib/users/manage-users';
import { CreateUserForm } from './_components/create-user-form';
import { UserRow } from './_components/user-row';
import { SessionSettings } from './_components/session-settings';
import { MfaRoles } from './_components/mfa-roles';
import { getMfaRoles } from '@/lib/auth/mfa/manage-mfa';

export const metadata = { title: 'Users' };

export default async function UsersPage() {
  const user = await requireUser();
  if (!canGlobal(user, 'manage-users')) notFound();
  const [rows, hours, mfaRoles] = await Promise.all([listUsers({ actor: user }), getSessionHours(), getMfaRoles()]);
  return (
    <>
      <h1>Users</h1>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((u) => (
            <UserRow key={u.id} user={{ id: u.id, name: u.name, email: u.email, role: u.role, status: u.status, version: u.version, mustChangePassword: u.mustChangePassword, signInPausedUntil: u.signInPausedUntil }} self={u.id === user.id} />
          ))}
        </tbody>
      </table>
      <div className="grid-2" style={{ marginTop: '1rem' }}>
        <section className="card" aria-labelledby="new-user">
          <h2 id="new-user">Create a user</h2>
          <CreateUserForm />
        </section>
        <section className="card" aria-labelledby="session">
          <h2 id="session">Sessions</h2>
          <SessionSettings hours={hours} />
        </section>
        <section className="card" aria-labelledby="mfa">
          <h2 id="mfa">Two-step sign-in</h2>
          <MfaRoles roles={mfaRoles} />
        </section>
      </div>
    </>
  );
}
