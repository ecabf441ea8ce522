'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { fmtInt } from '@/lib/markets/present';
import { addScenarioAction, removeScenarioAction, updateScenarioAction } from '../actions';
import type { Option } from './cluster-form';
import { ScenarioForm } from './scenario-form';
import { ConfirmButton } from '@/app/_components/confirm-button';

type Scenario = {
  id: string;
  name: string;
  kind: 'merger' | 'transfer';
  buyerFirmId: string;
  buyer: string;
  sellerFirmId: string;
  seller: string;
  acceleratorId: string | null;
  accelerator: string | null;
  countLow: number | null;
  countCentral: number | null;
  countHigh: number | null;
  version: number;
};

const str = (n: number | null) => (n === null ? '' : String(n));

function what(s: Scenario) {
  if (s.kind === 'merger') return `${s.seller} merges into ${s.buyer}`;
  const n = s.countLow === s.countHigh ? fmtInt(s.countCentral ?? 0) : `${fmtInt(s.countLow ?? 0)} – ${fmtInt(s.countHigh ?? 0)} (central ${fmtInt(s.countCentral ?? 0)})`;
  return `${n} ${s.accelerator} from ${s.seller} to ${s.buyer}`;
}

export function ScenarioEditor(props: { caseId: string; marketId: string; scenarios: Scenario[]; firms: Option[]; accelerators: Option[]; editable: boolean }) {
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { caseId, marketId } = props;
  return (
    <>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {props.scenarios.length ? (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Scenario</th>
              <th scope="col">What happens</th>
              {props.editable ? <th scope="col">Actions</th> : null}
            </tr>
          </thead>
          <tbody>
            {props.scenarios.map((s) =>
              editing === s.id ? (
                <tr key={s.id}>
                  <td colSpan={3}>
                    <ScenarioForm
                      firms={props.firms}
                      accelerators={props.accelerators}
                      initial={{ name: s.name, kind: s.kind, buyerFirmId: s.buyerFirmId, sellerFirmId: s.sellerFirmId, acceleratorId: s.acceleratorId ?? '', countLow: str(s.countLow), countCentral: str(s.countCentral), countHigh: str(s.countHigh) }}
                      version={s.version}
                      submitLabel="Save scenario"
                      submit={(v, version) => updateScenarioAction(caseId, marketId, { ...v, scenarioId: s.id, version: version ?? s.version })}
                      onDone={() => {
                        setEditing(null);
                        router.refresh();
                      }}
                      onCancel={() => setEditing(null)}
                    />
                  </td>
                </tr>
              ) : (
                <tr key={s.id}>
                  <td>{s.name}</td>
                  <td>{what(s)}</td>
                  {props.editable ? (
                  <td style={{ whiteSpace: 'nowrap' }}>
                    <button type="button" onClick={() => setEditing(s.id)} aria-label={`Edit scenario ${s.name}`}>
                      Edit
                    </button>{' '}
                    <ConfirmButton label="Remove" aria-label={`Remove scenario ${s.name}`} confirmText={`Remove the scenario “${s.name}”? Saved analyses of it are kept.`} run={() => removeScenarioAction(caseId, marketId, s.id, s.version)} onError={setError} />
                  </td>
                  ) : null}
                </tr>
              ),
            )}
          </tbody>
        </table>
      ) : null}
      {!props.editable ? (
        props.scenarios.length ? null : (
          <p className="muted">No scenarios yet.</p>
        )
      ) : props.firms.length >= 2 ? (
        <details style={{ marginTop: '1rem' }} open={props.scenarios.length === 0}>
          <summary>Add a scenario</summary>
          <ScenarioForm firms={props.firms} accelerators={props.accelerators} submitLabel="Add scenario" submit={(v) => addScenarioAction(caseId, marketId, v)} onDone={() => router.refresh()} />
        </details>
      ) : (
        <p className="muted">A scenario needs two firms in the market: add them or import clusters first.</p>
      )}
    </>
  );
}
