import { requireUser } from '@/lib/auth/session';
import { VerifyForms } from './_components/verify-forms';

export const metadata = { title: 'Verify a document' };

/** Anyone signed in may check a PDF against the register; they learn only about cases they can see. */
export default async function VerifyPage() {
  await requireUser();
  return (
    <>
      <h1>Verify a document</h1>
      <p className="muted">
        Check that a PDF is exactly a version registered by the application: which case, which document and version, when and by whom it was generated.
        Only documents of cases you are a member of are reported.
      </p>
      <VerifyForms />
    </>
  );
}
