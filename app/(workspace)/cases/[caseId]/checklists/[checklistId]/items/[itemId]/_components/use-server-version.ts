'use client';

import { useState } from 'react';

/**
 * The row version a form saves over. It follows the server (after a refresh) while the form is
 * untouched; once the user is typing it stays on the version they opened, so a newer save by
 * someone else is refused rather than silently overwritten.
 */
export function useServerVersion(serverVersion: number, dirty: boolean) {
  const [version, setVersion] = useState(serverVersion);
  const [seen, setSeen] = useState(serverVersion);
  if (serverVersion !== seen && !dirty) {
    setSeen(serverVersion);
    setVersion(serverVersion);
  }
  return [version, setVersion] as const;
}
