'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { createAcceleratorAction, updateAcceleratorAction } from '../actions';
import { AcceleratorForm } from './accelerator-form';

type Row = { id: string; name: string; vendor: string; tflops: number; watts: number | null; sourceNote: string; version: number; updated: string };

export function AcceleratorTable({ rows }: { rows: Row[] }) {
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Accelerator</th>
            <th scope="col">Vendor</th>
            <th scope="col" className="num">
              Dense BF16 TFLOP/s
            </th>
            <th scope="col" className="num">
              H100-equivalents
            </th>
            <th scope="col" className="num">
              Power (W)
            </th>
            <th scope="col">Source</th>
            <th scope="col">Last changed</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) =>
            editing === r.id ? (
              <tr key={r.id}>
                <td colSpan={8}>
                  <AcceleratorForm
                    initial={{ name: r.name, vendor: r.vendor, tflops: String(r.tflops), watts: r.watts === null ? '' : String(r.watts), sourceNote: r.sourceNote }}
                    version={r.version}
                    submitLabel="Save accelerator"
                    submit={(v, version) => updateAcceleratorAction({ ...v, acceleratorId: r.id, version: version ?? r.version })}
                    onDone={() => {
                      setEditing(null);
                      router.refresh();
                    }}
                    onCancel={() => setEditing(null)}
                  />
                </td>
              </tr>
            ) : (
              <tr key={r.id}>
                <td>{r.name}</td>
                <td>{r.vendor}</td>
                <td className="num">{r.tflops.toLocaleString('en-US')}</td>
                <td className="num">{(r.tflops / 989.4).toFixed(2)}</td>
                <td className="num">{r.watts === null ? '—' : r.watts.toLocaleString('en-US')}</td>
                <td style={{ fontSize: '0.85rem' }}>{r.sourceNote}</td>
                <td style={{ fontSize: '0.85rem' }}>
                  {r.updated}
                  <div className="muted">version {r.version}</div>
                </td>
                <td>
                  <button type="button" onClick={() => setEditing(r.id)} aria-label={`Edit ${r.name}`}>
                    Edit
                  </button>
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      <section className="card" style={{ marginTop: '1rem' }} aria-labelledby="add-accelerator">
        <h2 id="add-accelerator">Add an accelerator</h2>
        <AcceleratorForm submitLabel="Add accelerator" submit={(v) => createAcceleratorAction(v)} onDone={() => router.refresh()} />
      </section>
    </>
  );
}
