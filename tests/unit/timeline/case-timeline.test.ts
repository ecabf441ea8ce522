import { describe, expect, it } from 'vitest';
import { buildCaseTimeline, type TimelineReviewInput } from '@/lib/timeline/model';
import { renderTimelineSvg } from '@/lib/timeline/svg';

const uk: TimelineReviewInput = {
  title: 'United Kingdom (CMA)',
  events: [{ label: 'Phase 1 began (CMA notice)', date: '2026-11-20' }],
  deadlines: [{ label: 'CMA Phase 1 decision', date: '2027-01-20', start: '2026-11-20', state: 'upcoming' }],
  suspensions: [],
};
const cn: TimelineReviewInput = {
  title: 'China (SAMR)',
  events: [{ label: 'Filing accepted', date: '2026-11-27' }],
  deadlines: [
    { label: 'SAMR preliminary review ends', date: '2026-12-27', start: '2026-11-27', state: 'ended' },
    { label: 'SAMR further review ends', date: null, start: null, state: 'suspended' },
  ],
  suspensions: [{ from: '2027-01-10', to: null }],
};

describe('buildCaseTimeline', () => {
  it('finds the latest open deadline and warns when it passes the long-stop date', () => {
    const model = buildCaseTimeline({ reviews: [uk], longStopDate: '2027-01-15', today: '2026-12-03' });
    expect(model.latestClearance).toEqual({ date: '2027-01-20', review: 'United Kingdom (CMA)', label: 'CMA Phase 1 decision' });
    expect(model.warning).toBe('Warning: the latest expected clearance — United Kingdom (CMA), CMA Phase 1 decision, 20 January 2027 — is after the long-stop date of 15 January 2027.');
    expect(buildCaseTimeline({ reviews: [uk], longStopDate: '2027-01-20', today: '2026-12-03' }).warning).toBeNull();
    expect(buildCaseTimeline({ reviews: [uk], longStopDate: null, today: '2026-12-03' }).summary).toContain('No long-stop date is recorded.');
  });

  it('ended periods are history; an open deadline without a date makes the clearance undeterminable, said in words', () => {
    const model = buildCaseTimeline({ reviews: [cn], longStopDate: '2027-06-30', today: '2027-01-12' });
    expect(model.latestClearance).toBeNull();
    expect(model.undetermined).toEqual(['China (SAMR)']);
    expect(model.summary).toContain('Not yet determinable: China (SAMR)');
    expect(model.lanes[0].bars).toEqual([{ label: 'SAMR preliminary review ends', from: '2026-11-27', to: '2026-12-27', open: false }]);
    expect(model.from).toBe('2026-11-27');
    expect(model.to).toBe('2027-06-30');
  });

  it('refuses a malformed date by name', () => {
    expect(() => buildCaseTimeline({ reviews: [], longStopDate: '2027-13-01', today: '2026-12-03' })).toThrow('Long-stop date: “2027-13-01” is not a date');
  });
});

describe('renderTimelineSvg', () => {
  it('is a labelled image whose description is the summary, with a lane per review and escaped text', () => {
    const model = buildCaseTimeline({ reviews: [uk, { ...cn, title: 'R&D <board>' }], longStopDate: '2027-01-15', today: '2026-12-03' });
    const svg = renderTimelineSvg(model, { id: 't' });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="t-title t-desc"/);
    expect(svg).toContain(`<desc id="t-desc">${model.summary.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</desc>`);
    expect(svg).toContain('R&amp;D &lt;board&gt;');
    expect(svg).toContain('>Long-stop</text>');
    expect(svg.match(/<path d="M/g)).toHaveLength(2); // two dated deadlines
  });
});
