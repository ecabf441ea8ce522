import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { toResult } from '@/lib/core/action-result';
import { ConcentrationError } from '@/lib/concentration/errors';
import { MissingCalendarError } from '@/lib/deadlines/errors';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/core/errors';

describe('toResult', () => {
  it('maps zod errors to field errors', async () => {
    const r = await toResult(async () => z.object({ name: z.string().min(1, 'Name is required.') }).parse({ name: '' }));
    expect(r).toMatchObject({ ok: false, fieldErrors: { name: 'Name is required.' } });
  });

  it('passes domain and engine messages through, marks not-found and conflicts', async () => {
    expect(await toResult(async () => { throw new ValidationError('Bad.', { a: 'x' }); })).toMatchObject({ ok: false, message: 'Bad.', fieldErrors: { a: 'x' } });
    expect(await toResult(async () => { throw new ForbiddenError('No.'); })).toMatchObject({ ok: false, message: 'No.' });
    expect(await toResult(async () => { throw new NotFoundError('This case'); })).toMatchObject({ ok: false, notFound: true });
    const info = { changedBy: 'A', changedAt: '2026-01-01T00:00:00Z', currentVersion: 2, current: {} };
    expect(await toResult(async () => { throw new ConflictError(info); })).toMatchObject({ ok: false, conflict: info });
    const engine = await toResult(async () => { throw new ConcentrationError('The market’s total capacity is zero.'); });
    expect(engine).toEqual({ ok: false, message: 'The market’s total capacity is zero.' });
    const missing = await toResult(async () => { throw new MissingCalendarError('eu-commission', 2027); });
    expect(missing.ok).toBe(false);
    expect((missing as { message: string }).message).toMatch(/2027/);
  });

  it('hides unexpected errors behind a plain message and says nothing was saved', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const r = await toResult(async () => { throw new Error('relation "x" does not exist'); });
    expect(r).toEqual({ ok: false, message: 'Something went wrong on our side; nothing was saved. Please try again.' });
    spy.mockRestore();
  });
});
