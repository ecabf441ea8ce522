import Link from 'next/link';
import { requireUser } from '@/lib/auth/session';
import { listCases } from '@/lib/cases/list-cases';
import { CASE_STATUS_LABELS } from '@/lib/cases/schemas';
import { UpcomingDeadlines } from '../cases/[caseId]/reviews/_components/upcoming-deadlines';
import { MyChecklistWork } from '../cases/[caseId]/checklists/_components/my-checklist-work';

export const metadata = { title: 'Home' };

export default async function HomePage() {
  const user = await requireUser();
  const cases = await listCases({ actor: user, limit: 10 });
  return (
    <>
      <h1>Welcome, {user.name}</h1>
      <UpcomingDeadlines user={user} />
      <MyChecklistWork user={user} />
      <section className="card" aria-labelledby="my-cases">
        <h2 id="my-cases">Your cases</h2>
        {cases.length === 0 ? (
          <p className="muted">You are not a member of any case yet.</p>
        ) : (
          <ul>
            {cases.map((c) => (
              <li key={c.id}>
                <Link href={`/cases/${c.id}`}>{c.name}</Link> <span className="badge">{CASE_STATUS_LABELS[c.status]}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
