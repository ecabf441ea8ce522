import { TEMPLATE_FIELD_LABELS, type TemplateField } from '@/lib/checklists/template-diff';

type Fields = { section: string; title: string; guidance: string; reference: string };

/** Items added, removed and changed between two versions, each change field by field (before → after). */
export function TemplateChangeList(props: { added: Fields[]; removed: Fields[]; changed: { before: Fields; after: Fields; fields: TemplateField[]; note?: string }[]; removedNote?: string }) {
  const label = (i: Fields) => (
    <>
      <strong>{i.title}</strong> <span className="muted">({i.section}{i.reference ? ` · ${i.reference}` : ''})</span>
    </>
  );
  return (
    <>
      <section aria-labelledby="added">
        <h3 id="added">Added ({props.added.length})</h3>
        {props.added.length ? (
          <ul aria-label="Items added">
            {props.added.map((i, k) => (
              <li key={k}>{label(i)}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">No items added.</p>
        )}
      </section>
      <section aria-labelledby="removed">
        <h3 id="removed">Removed ({props.removed.length})</h3>
        {props.removedNote && props.removed.length ? <p className="muted">{props.removedNote}</p> : null}
        {props.removed.length ? (
          <ul aria-label="Items removed">
            {props.removed.map((i, k) => (
              <li key={k}>{label(i)}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">No items removed.</p>
        )}
      </section>
      <section aria-labelledby="changed">
        <h3 id="changed">Changed ({props.changed.length})</h3>
        {props.changed.length ? (
          <ul aria-label="Items changed">
            {props.changed.map((c, k) => (
              <li key={k}>
                {label(c.after)}
                {c.note ? <div className="muted">{c.note}</div> : null}
                <table className="data">
                  <thead>
                    <tr>
                      <th scope="col">Field</th>
                      <th scope="col">Before</th>
                      <th scope="col">After</th>
                    </tr>
                  </thead>
                  <tbody>
                    {c.fields.map((f) => (
                      <tr key={f}>
                        <th scope="row">{TEMPLATE_FIELD_LABELS[f]}</th>
                        <td style={{ whiteSpace: 'pre-wrap' }}>{c.before[f] || '—'}</td>
                        <td style={{ whiteSpace: 'pre-wrap' }}>{c.after[f] || '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No items changed.</p>
        )}
      </section>
    </>
  );
}
