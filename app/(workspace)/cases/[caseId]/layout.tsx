import type { ReactNode } from 'react';
import { CASE_STATUS_LABELS } from '@/lib/cases/schemas';
import { CaseTabs } from './_components/case-tabs';
import { loadCase } from './load-case';

export default async function CaseLayout({ children, params }: { children: ReactNode; params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const { detail } = await loadCase(caseId);
  const c = detail.case;
  return (
    <>
      <p className="muted" style={{ margin: 0 }}>
        <span className="mono">{c.codename}</span> · <span className="badge">{CASE_STATUS_LABELS[c.status]}</span>
        {c.archivedAt ? <span className="badge warn"> Archived</span> : null}
      </p>
      <h1>{c.name}</h1>
      <CaseTabs caseId={c.id} />
      {children}
    </>
  );
}
