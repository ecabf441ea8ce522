import { describe, expect, it } from 'vitest';
import { describeChanges } from '@/lib/documents/compose/audit-changes';

describe('the audit report’s changes, for people', () => {
  it('prints before → after per changed field, one per line', () => {
    const changes = JSON.stringify({ description: { before: 'A test matter.', after: 'Updated: 8,400 GPUs.' }, valueLowM: { before: '100.00', after: null } });
    expect(describeChanges(changes)).toBe('description: “A test matter.” → “Updated: 8,400 GPUs.”\nvalueLowM: “100.00” → —');
  });

  it('prints what was created field by field, hashes shortened, and never raw JSON', () => {
    const out = describeChanges(JSON.stringify({ name: 'Ανθρωπική Α.Ε.', role: 'acquirer', sha256: 'ab'.repeat(32), ids: [] }));
    expect(out).toBe('name: “Ανθρωπική Α.Ε.”\nrole: “acquirer”\nsha256: abababababab…\nids: (none)');
    expect(out).not.toContain('{"');
  });

  it('says how many fields it left out, and passes anything else through', () => {
    const many = Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`f${i}`, i]));
    expect(describeChanges(JSON.stringify(many)).split('\n').at(-1)).toBe('… and 3 more field(s)');
    expect(describeChanges('')).toBe('—');
    expect(describeChanges('not json')).toBe('not json');
  });
});
