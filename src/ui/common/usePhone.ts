import * as React from 'react';

/** Narrower than this, pages are laid out for a phone (lists as cards, full-screen panels). */
export const PHONE_QUERY = '(max-width: 639.98px)';

/** Whether the window is a phone's width now; follows rotations and resizes (matchMedia's change events). */
export function usePhone(): boolean {
  const query = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(PHONE_QUERY) : undefined;
  const [phone, setPhone] = React.useState(() => !!query && query.matches);
  React.useEffect(() => {
    if (!query) return undefined;
    const changed = (): void => setPhone(query.matches);
    changed();
    // Safari before 14 has only addListener.
    if (query.addEventListener) query.addEventListener('change', changed); else query.addListener(changed);
    return () => { if (query.removeEventListener) query.removeEventListener('change', changed); else query.removeListener(changed); };
  }, [query && query.media]);
  return phone;
}
