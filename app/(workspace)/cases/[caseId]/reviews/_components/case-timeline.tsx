import type { CaseTimelineModel } from '@/lib/timeline/model';
import { renderTimelineSvg } from '@/lib/timeline/svg';
import { shortDate } from './format';
import styles from './reviews.module.css';

/**
 * Every review on one axis, drawn on the server. The SVG is decorative for assistive technology
 * beyond its title and summary; the table below says everything it shows, in words.
 */
export function CaseTimeline({ model }: { model: CaseTimelineModel }) {
  if (model.lanes.length === 0) return null;
  const rows = model.lanes.flatMap((lane) => [
    ...lane.bars.map((b) => ({ review: lane.title, what: `${b.label} (period)`, when: `${shortDate(b.from)} – ${shortDate(b.to)}`, sort: b.from })),
    ...lane.events.map((e) => ({ review: lane.title, what: e.label, when: shortDate(e.date), sort: e.date })),
    ...lane.suspensions.map((s) => ({ review: lane.title, what: 'Clock stopped', when: `${shortDate(s.from)} – ${s.to ? shortDate(s.to) : 'not restarted'}`, sort: s.from })),
    ...lane.unknown.map((label) => ({ review: lane.title, what: `${label}: date not yet known`, when: '—', sort: '9999' })),
  ]);
  return (
    <section className="card" aria-labelledby="case-timeline">
      <h2 id="case-timeline">Case timeline</h2>
      {model.warning ? (
        <p className="warning" role="alert">
          {model.warning}
        </p>
      ) : null}
      <figure className={styles.timelineFigure}>
        <div dangerouslySetInnerHTML={{ __html: renderTimelineSvg(model) }} />
        <figcaption className={styles.meta}>
          {model.summary} Bars: review periods (dark while open); diamonds: deadlines (red while open); dots: events; hatched: clock stopped.
        </figcaption>
      </figure>
      <details>
        <summary>Timeline as text</summary>
        <table>
          <caption className="sr-only">Case timeline in words</caption>
          <thead>
            <tr>
              <th scope="col">Review</th>
              <th scope="col">What</th>
              <th scope="col">When</th>
            </tr>
          </thead>
          <tbody>
            {rows
              .sort((a, b) => a.sort.localeCompare(b.sort))
              .map((r, i) => (
                <tr key={i}>
                  <td>{r.review}</td>
                  <td>{r.what}</td>
                  <td>{r.when}</td>
                </tr>
              ))}
            {model.longStopDate ? (
              <tr>
                <td>Transaction agreement</td>
                <td>Long-stop date</td>
                <td>{shortDate(model.longStopDate)}</td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </details>
    </section>
  );
}
