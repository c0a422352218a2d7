import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { KeytipData } from '../../../../src/ui/common/fluentLazy';

// BaseButton's keytip wrapper is replaced in the ship build (config/lazy-fluent.json): without keytipProps it must
// render the button as Fluent's does; with them it must fail loudly rather than drop the keytip silently.
describe('KeytipData stub', () => {
  it('renders the button it wraps with no keytip attribute', () => {
    render(<KeytipData>{attributes => <button {...attributes}>Envoyer</button>}</KeytipData>);
    expect(screen.getByRole('button', { name: 'Envoyer' }).getAttribute('data-ktp-target')).toBeNull();
  });

  it('refuses a keytip (the real KeytipData must come back into the build)', () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<KeytipData keytipProps={{ content: 'E' }}>{() => <button>Envoyer</button>}</KeytipData>)).toThrow(/lazy-fluent/);
  });
});
