import { notFound } from 'next/navigation';
import { CaseForm } from '../../_components/case-form';
import { updateCaseAction } from '../../actions';
import { loadCase } from '../load-case';

export default async function EditCasePage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const { detail } = await loadCase(caseId);
  if (!detail.permissions.edit) notFound();
  const c = detail.case;
  return (
    <>
      <h2>Edit details</h2>
      <CaseForm
        initial={{
          name: c.name,
          codename: c.codename,
          dealType: c.dealType,
          description: c.description,
          valueLowM: c.valueLowM ?? '',
          valueHighM: c.valueHighM ?? '',
          currency: c.currency,
          status: c.status,
          longStopDate: c.longStopDate ?? '',
        }}
        version={c.version}
        submit={updateCaseAction.bind(null, c.id)}
        submitLabel="Save changes"
        cancelHref={`/cases/${c.id}`}
      />
    </>
  );
}
