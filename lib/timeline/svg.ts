// PURE: draws a CaseTimelineModel as a standalone SVG string (for the case page, and as a file
// in the auditor package). SVG's origin is top-left; dates run left to right. The image carries a
// <title> and a <desc> with the model's summary; pages show the full text alternative beside it.

import type { CaseTimelineModel } from './model';

const WIDTH = 960;
const LABEL_WIDTH = 210;
const RIGHT_PAD = 24;
const AXIS_HEIGHT = 34;
const LANE_HEIGHT = 46;
const BAR_HEIGHT = 14;
const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);

export function renderTimelineSvg(model: CaseTimelineModel, opts: { id?: string } = {}): string {
  const id = opts.id ?? 'case-timeline';
  // A week of margin either side so that a marker on the first or last day is not clipped.
  const start = ms(model.from) - 7 * DAY_MS;
  const end = Math.max(ms(model.to) + 7 * DAY_MS, start + 30 * DAY_MS);
  const plot = WIDTH - LABEL_WIDTH - RIGHT_PAD;
  const x = (date: string) => LABEL_WIDTH + ((ms(date) - start) / (end - start)) * plot;
  const height = AXIS_HEIGHT + Math.max(1, model.lanes.length) * LANE_HEIGHT + 28;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="system-ui, sans-serif" font-size="11">`,
    `<title id="${id}-title">Case timeline: every review’s phases, deadlines and suspensions against the long-stop date</title>`,
    `<desc id="${id}-desc">${esc(model.summary)}</desc>`,
    `<defs><pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="3" height="6" fill="#9ca3af"/></pattern></defs>`,
  );
  // Month ticks along the top.
  const first = new Date(start);
  for (let d = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1); d <= end; ) {
    const date = new Date(d);
    const iso = date.toISOString().slice(0, 10);
    const px = x(iso).toFixed(1);
    const jan = date.getUTCMonth() === 0;
    out.push(`<line x1="${px}" y1="${AXIS_HEIGHT - 6}" x2="${px}" y2="${height - 24}" stroke="#e5e7eb"/>`);
    out.push(`<text x="${px}" y="${AXIS_HEIGHT - 12}" text-anchor="middle" fill="#374151"${jan ? ' font-weight="600"' : ''}>${MONTHS[date.getUTCMonth()]}${jan || d === Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1) ? ` ${date.getUTCFullYear()}` : ''}</text>`);
    d = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  }
  model.lanes.forEach((lane, i) => {
    const top = AXIS_HEIGHT + i * LANE_HEIGHT;
    const mid = top + LANE_HEIGHT / 2;
    out.push(`<g aria-hidden="true">`);
    out.push(`<rect x="0" y="${top}" width="${WIDTH}" height="${LANE_HEIGHT}" fill="${i % 2 ? '#ffffff' : '#f9fafb'}"/>`);
    out.push(`<text x="8" y="${mid + 4}" fill="#111827" font-weight="600">${esc(lane.title.length > 32 ? `${lane.title.slice(0, 31)}…` : lane.title)}</text>`);
    for (const b of lane.bars) {
      const x1 = x(b.from);
      const w = Math.max(2, x(b.to) - x1);
      out.push(`<rect x="${x1.toFixed(1)}" y="${mid - BAR_HEIGHT / 2}" width="${w.toFixed(1)}" height="${BAR_HEIGHT}" rx="3" fill="${b.open ? '#2563eb' : '#93c5fd'}"/>`);
    }
    for (const s of lane.suspensions) {
      const x1 = x(s.from);
      // An open stop runs to today (or is drawn as a short stub when it starts later than today).
      const x2 = s.to ? x(s.to) : Math.max(x(model.today), x1 + 8);
      out.push(`<rect x="${x1.toFixed(1)}" y="${mid - BAR_HEIGHT / 2 - 3}" width="${Math.max(2, x2 - x1).toFixed(1)}" height="${BAR_HEIGHT + 6}" fill="url(#${id}-hatch)" stroke="#6b7280"/>`);
    }
    for (const e of lane.events) out.push(`<circle cx="${x(e.date).toFixed(1)}" cy="${mid}" r="3.5" fill="#111827"/>`);
    for (const d of lane.deadlines) {
      const px = x(d.date);
      out.push(`<path d="M${px.toFixed(1)} ${mid - 8} l6 8 l-6 8 l-6 -8 z" fill="${d.open ? '#dc2626' : '#6b7280'}"/>`);
    }
    out.push(`</g>`);
  });
  const bottom = height - 24;
  const today = x(model.today).toFixed(1);
  out.push(`<g aria-hidden="true"><line x1="${today}" y1="${AXIS_HEIGHT - 6}" x2="${today}" y2="${bottom}" stroke="#059669" stroke-width="1.5"/><text x="${today}" y="${bottom + 14}" text-anchor="middle" fill="#059669">Today</text></g>`);
  if (model.longStopDate) {
    const ls = x(model.longStopDate).toFixed(1);
    out.push(`<g aria-hidden="true"><line x1="${ls}" y1="${AXIS_HEIGHT - 6}" x2="${ls}" y2="${bottom}" stroke="#b91c1c" stroke-width="2" stroke-dasharray="6 4"/><text x="${ls}" y="${bottom + 14}" text-anchor="middle" fill="#b91c1c" font-weight="600">Long-stop</text></g>`);
  }
  out.push('</svg>');
  return out.join('');
}
