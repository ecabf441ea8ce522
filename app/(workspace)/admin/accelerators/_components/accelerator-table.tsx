'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { createAcceleratorAction, updateAcceleratorAction } from '../actions';
import { AcceleratorForm } from './accelerator-form';

type Row = {
  id: string;
  name: string;
  vendor: string;
  tflops: number;
  watts: number | null;
  sourceNote: string;
  memoryGb: number | null;
  memoryBandwidthGbs: number | null;
  fp8DenseTflops: number | null;
  specsSourceNote: string;
  version: number;
  updated: string;
};

const num = (v: number | null) => (v === null ? '' : String(v));
const shown = (v: number | null) => (v === null ? '—' : v.toLocaleString('en-US'));

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
            <th scope="col" className="num">
              Memory (GB)
            </th>
            <th scope="col" className="num">
              Bandwidth (GB/s)
            </th>
            <th scope="col" className="num">
              Dense FP8 TFLOP/s
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
                <td colSpan={11}>
                  <AcceleratorForm
                    initial={{
                      name: r.name,
                      vendor: r.vendor,
                      tflops: String(r.tflops),
                      watts: num(r.watts),
                      sourceNote: r.sourceNote,
                      memoryGb: num(r.memoryGb),
                      memoryBandwidthGbs: num(r.memoryBandwidthGbs),
                      fp8DenseTflops: num(r.fp8DenseTflops),
                      specsSourceNote: r.specsSourceNote,
                    }}
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
                <td className="num">{shown(r.watts)}</td>
                <td className="num">{shown(r.memoryGb)}</td>
                <td className="num">{shown(r.memoryBandwidthGbs)}</td>
                <td className="num">{r.fp8DenseTflops === null ? 'none' : r.fp8DenseTflops.toLocaleString('en-US')}</td>
                <td style={{ fontSize: '0.85rem' }}>
                  {r.sourceNote}
                  {r.specsSourceNote ? <div className="muted">Memory and FP8: {r.specsSourceNote}</div> : null}
                </td>
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
