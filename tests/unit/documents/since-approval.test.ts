import { describe, expect, it } from 'vitest';
import { answerDiffText } from '@/lib/documents/compose/since-approval';

describe('the answer diff as the sign-off report prints it', () => {
  it('marks removed and added words in place, a replacement as two markers apart', () => {
    expect(answerDiffText([
      { op: 'same', text: 'Turnover was EUR ' },
      { op: 'removed', text: '4.1bn' },
      { op: 'added', text: '4.3bn' },
      { op: 'same', text: ' in 2025.' },
      { op: 'added', text: ' Audited.' },
    ])).toBe('Turnover was EUR [deleted: 4.1bn] [added: 4.3bn] in 2025.[added:  Audited.]');
  });

  it('shortens a very long comparison and says where the whole one is', () => {
    const text = answerDiffText([{ op: 'same', text: 'x'.repeat(5000) }]);
    expect(text.length).toBeLessThan(3100);
    expect(text).toMatch(/shortened; the full comparison is on the item page\)$/);
  });
});
