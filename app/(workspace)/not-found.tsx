import Link from 'next/link';

export const metadata = { title: 'Not found' };

/*
 * Inside the workspace layout (top bar, way back). One page for "does not exist" and "behind the
 * ethical wall": both come from notFound() with nothing about the item, so the two cannot be told
 * apart, which is what keeps the wall from confirming that a matter exists.
 */
export default function WorkspaceNotFound() {
  return (
    <section className="card" aria-labelledby="not-found">
      <h1 id="not-found">Page not found</h1>
      <p>This page does not exist, or you do not have access to it. If you followed a link from a colleague, ask them to add you to the case.</p>
      <p>
        <Link href="/cases">Your cases</Link> · <Link href="/home">Home</Link>
      </p>
    </section>
  );
}
