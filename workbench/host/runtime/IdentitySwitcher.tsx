import * as React from 'react';

/** A person of the demo directory (`GET /_workbench/users`). */
interface DemoPerson {
  email: string;
  displayName: string;
  role: string;
}

/** Props of {@link IdentitySwitcher}. */
export interface IdentitySwitcherProps {
  /** Label of the select. */
  label: string;
  /** The current identity. */
  current: { email: string; displayName: string };
}

/**
 * Lets a developer act as any demo person: sets the `hc-user` cookie (the emulator enforces identity
 * through it) and reloads, as signing in again would.
 */
export function IdentitySwitcher(props: IdentitySwitcherProps): React.ReactElement {
  const [people, setPeople] = React.useState<DemoPerson[]>([]);
  React.useEffect(() => {
    fetch('/_workbench/users')
      .then((r) => r.json() as Promise<DemoPerson[]>)
      .then(setPeople)
      .catch((err) => console.error('[workbench] Could not load the demo people:', err));
  }, []);
  const options = people.length ? people : [{ ...props.current, role: '' }];
  const onChange = (event: React.ChangeEvent<HTMLSelectElement>): void => {
    document.cookie = `hc-user=${encodeURIComponent(event.target.value)}; path=/; SameSite=Lax`;
    window.location.reload();
  };
  return (
    <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center', maxWidth: '100%', minWidth: 0 }}>
      <label htmlFor="workbench-identity">{props.label}</label>
      {/* A long "name (role)" must not widen a phone's page: the select shrinks to the header's width. */}
      <select id="workbench-identity" value={props.current.email} onChange={onChange} style={{ maxWidth: '100%', minWidth: 0 }}>
        {options.map((p) => (
          <option key={p.email} value={p.email}>{p.role ? `${p.displayName} (${p.role})` : p.displayName}</option>
        ))}
      </select>
    </span>
  );
}
