import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, serializeIcs, type IcsEvent } from '@/lib/feeds/ics';
import { parseIcs, unescapeText, unfold } from './ics-parser';

const generatedAt = new Date('2026-11-29T10:15:30.123Z');
const octets = (s: string) => new TextEncoder().encode(s).length;

const allDay: IcsEvent = {
  uid: '6f1c7d8e-0000-4000-8000-000000000001.eu-phase1@merger-review',
  summary: 'HELIOS · Phase I deadline',
  description: 'European Commission: Phase I deadline.\n25 working days (EUMR Art. 10(1)); counting skipped 8 weekend days, Good Friday',
  url: 'https://app.example/cases/6f1c7d8e-0000-4000-8000-000000000001/reviews',
  start: { date: '2026-04-09' },
  categories: ['Merger review', 'European Commission (M.12345)'],
};
const timed: IcsEvent = { uid: 'r2.hsr-waiting@merger-review', summary: 'HELIOS · HSR waiting period', start: { utc: '2026-04-02T03:59:00Z' } };

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newlines (in that order, so nothing is escaped twice)', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText('tab\tkept, bell\u0007 dropped')).toBe('tab\tkept\\, bell dropped');
  });

  it('round-trips any text through the reader', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => {
      const clean = s.replace(/\r\n|\r/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
      expect(unescapeText(escapeText(s))).toBe(clean);
    }));
  });
});

describe('foldLine', () => {
  it('leaves lines of 75 octets alone and folds longer ones with CRLF + space', () => {
    const exact = `SUMMARY:${'x'.repeat(67)}`;
    expect(octets(exact)).toBe(75);
    expect(foldLine(exact)).toBe(exact);
    const folded = foldLine(`${exact}y`);
    expect(folded).toBe(`${exact}\r\n y`);
  });

  it('never exceeds 75 octets per physical line and never splits a UTF-8 character', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
      const line = `DESCRIPTION:${escapeText(s)}`;
      const physical = foldLine(line).split('\r\n');
      for (const [i, p] of physical.entries()) {
        expect(octets(p)).toBeLessThanOrEqual(75);
        if (i > 0) expect(p.startsWith(' ')).toBe(true);
        expect(p).not.toContain('\uFFFD');
      }
      expect(physical.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    }));
  });

  it('folds multi-byte text at character boundaries', () => {
    const line = `SUMMARY:${'深度求索'.repeat(10)}`; // 3 octets per character
    const parts = foldLine(line).split('\r\n');
    expect(octets(parts[0])).toBe(74); // 8 + 22×3; a 23rd character would make 77
    expect(parts.slice(1).every((p) => octets(p) <= 75)).toBe(true);
  });
});

describe('serializeIcs', () => {
  const text = serializeIcs({ prodId: '-//Merger Review//Regulatory deadlines//EN', name: 'Merger Review — my cases', generatedAt, events: [allDay, timed] });

  it('uses CRLF everywhere and ends with CRLF', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.split('\r\n').every((l) => octets(l) <= 75)).toBe(true);
  });

  it('parses back: calendar properties, an all-day event with an exclusive end, a UTC instant, escaped text', () => {
    const parsed = parseIcs(text);
    expect(parsed.calendar.VERSION.value).toBe('2.0');
    expect(unescapeText(parsed.calendar['X-WR-CALNAME'].value)).toBe('Merger Review — my cases');
    expect(parsed.events).toHaveLength(2);
    const [a, b] = parsed.events;
    expect(a.UID.value).toBe(allDay.uid);
    expect(a.DTSTAMP.value).toBe('20261129T101530Z');
    expect(a.DTSTART).toEqual({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20260409' });
    expect(a.DTEND).toEqual({ name: 'DTEND', params: { VALUE: 'DATE' }, value: '20260410' });
    expect(unescapeText(a.SUMMARY.value)).toBe(allDay.summary);
    expect(unescapeText(a.DESCRIPTION.value)).toBe(allDay.description);
    expect(a.URL.value).toBe(allDay.url);
    expect(a.CATEGORIES.value).toBe('Merger review,European Commission (M.12345)');
    expect(b.DTSTART).toEqual({ name: 'DTSTART', params: {}, value: '20260402T035900Z' });
    expect(b.DTEND).toBeUndefined();
  });

  it('an all-day event on 31 December ends on 1 January', () => {
    const out = parseIcs(serializeIcs({ prodId: 'x', name: 'y', generatedAt, events: [{ ...allDay, start: { date: '2026-12-31' } }] }));
    expect(out.events[0].DTEND.value).toBe('20270101');
  });

  it('keeps UIDs stable between generations (only DTSTAMP changes)', () => {
    const later = serializeIcs({ prodId: '-//Merger Review//Regulatory deadlines//EN', name: 'Merger Review — my cases', generatedAt: new Date('2026-12-01T00:00:00Z'), events: [allDay, timed] });
    expect(parseIcs(later).events.map((e) => e.UID.value)).toEqual(parseIcs(text).events.map((e) => e.UID.value));
    expect(later.replace(/DTSTAMP:\w+/g, '')).toBe(text.replace(/DTSTAMP:\w+/g, ''));
  });

  it('refuses a malformed date rather than writing a broken feed', () => {
    expect(() => serializeIcs({ prodId: 'x', name: 'y', generatedAt, events: [{ ...allDay, start: { date: '9 April 2026' } }] })).toThrow(RangeError);
    expect(() => serializeIcs({ prodId: 'x', name: 'y', generatedAt, events: [{ ...timed, start: { utc: '2026-04-02T03:59:00+01:00' } }] })).toThrow(RangeError);
  });

  it('the reader itself rejects bare LF line endings', () => {
    expect(() => unfold('BEGIN:VCALENDAR\nEND:VCALENDAR\n')).toThrow('CRLF');
  });
});
