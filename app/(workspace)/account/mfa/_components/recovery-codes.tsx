'use client';

export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  return (
    <section aria-labelledby="recovery-codes">
      <h2 id="recovery-codes">Your recovery codes</h2>
      <p role="status">
        Two-step sign-in is on. Keep these codes somewhere safe: each signs you in once if you lose your phone. They are shown only now.
      </p>
      <ul className="mono" aria-label="Recovery codes">
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <button type="button" className="primary" onClick={onDone}>
        I have saved them
      </button>
    </section>
  );
}
