'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

const TABS = [
  { href: '', label: 'Overview' },
  { href: '/reviews', label: 'Reviews' },
  { href: '/market', label: 'Market' },
  { href: '/checklists', label: 'Checklists' },
  { href: '/documents', label: 'Documents' },
  { href: '/activity', label: 'Activity' },
];

export function CaseTabs({ caseId }: { caseId: string }) {
  const pathname = usePathname();
  const base = `/cases/${caseId}`;
  return (
    <nav className="tabs" aria-label="Case sections">
      {TABS.map((t) => {
        const href = base + t.href;
        const current = t.href === '' ? pathname === base || pathname === `${base}/edit` : pathname.startsWith(href);
        return (
          <Link key={t.href} href={href} aria-current={current ? 'page' : undefined}>
            {t.label}
          </Link>
        );
      })}
    </nav>
  );
}
