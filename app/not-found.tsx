import Link from 'next/link';

export const metadata = { title: 'Page not found' };

/** Addresses no route matches; pages inside the workspace use (workspace)/not-found.tsx, in the layout. */
export default function NotFound() {
  return (
    <main className="auth-page">
      <div className="auth-card">
        <h1>Page not found</h1>
        <p>This page does not exist, or you do not have access to it.</p>
        <p>
          <Link href="/home">Go to your workspace</Link>
        </p>
      </div>
    </main>
  );
}
