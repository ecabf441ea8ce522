import type { Metadata } from 'next';
import { SignInForm } from './_components/sign-in-form';
import { parseSearchParams, searchFlag, searchText, type RawSearchParams } from '@/lib/core/search-params';

export const metadata: Metadata = { title: 'Sign in — Merger Review' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const sp = parseSearchParams({ expired: searchFlag, changed: searchFlag, callbackUrl: searchText(2000) }, await searchParams);
  return (
    <main className="auth-page">
      <div className="auth-card">
        <h1>Merger Review</h1>
        <p className="muted">Regulatory clocks, concentration analysis and filings for deals under review.</p>
        {sp.expired ? <p className="notice" role="status">Your session has ended. Please sign in again.</p> : null}
        {sp.changed ? <p className="notice" role="status">Password changed. Sign in with your new password.</p> : null}
        <SignInForm callbackUrl={sp.callbackUrl} />
      </div>
    </main>
  );
}
