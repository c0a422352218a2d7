// The form's hours note sits below the fold: its calendar code loads when the note nears the screen, not with the
// form's first render; the confirmation's note (no `whenNear`) loads at once.
import * as React from 'react';
import { act, render, screen, within } from '@testing-library/react';
import { HoursNote } from '../../../../src/ui/tickets/form/HoursNote';
import { loadLocStrings } from '../../../../workbench/host/locStrings';

const fr = loadLocStrings('fr-fr');
const office = [{ start: '08:00', end: '18:00' }];
const CALENDAR = JSON.stringify({ timeZone: 'Europe/Paris', weekly: { mon: office, tue: office, wed: office, thu: office, fri: office, sat: [], sun: [] }, periods: [], holidays: [] });
const NOW = new Date('2026-05-19T08:00:00Z');

/** A stand-in for the browser's IntersectionObserver: the test says when the watched element nears the screen. */
class FakeObserver {
  static last: FakeObserver | undefined;
  public watched: Element[] = [];
  public constructor(private readonly callback: IntersectionObserverCallback, public readonly options?: IntersectionObserverInit) { FakeObserver.last = this; }
  public observe(target: Element): void { this.watched.push(target); }
  public disconnect(): void { this.watched = []; }
  public near(): void { this.callback(this.watched.map(target => ({ target, isIntersecting: true }) as IntersectionObserverEntry), this as unknown as IntersectionObserver); }
}

const note = (whenNear: boolean): React.ReactElement => (
  <HoursNote calendarJson={CALENDAR} heading={fr.hours.heading} strings={fr.hours} locale="fr" id="hours" now={NOW} whenNear={whenNear} />
);

describe('the hours note', () => {
  const real = (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver;
  beforeEach(() => { FakeObserver.last = undefined; (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver = FakeObserver; });
  afterEach(() => { (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver = real; });

  it('below the fold: shows its heading, and its hours once it nears the screen', async () => {
    render(note(true));
    const region = screen.getByRole('region', { name: fr.hours.heading });
    expect(FakeObserver.last!.watched).toEqual([region]);
    // Nothing is loading yet: give a pending import every chance to land.
    await act(() => new Promise(resolve => setTimeout(resolve, 50)));
    expect(within(region).queryByText('Horaires : lundi – vendredi 8h–18h.')).toBeNull();
    act(() => FakeObserver.last!.near());
    expect(await within(region).findByText('Horaires : lundi – vendredi 8h–18h.')).toBeInTheDocument();
  });

  it('elsewhere (the confirmation): loads at once, without watching the screen', async () => {
    render(note(false));
    expect(FakeObserver.last).toBeUndefined();
    const region = await screen.findByRole('region', { name: fr.hours.heading });
    expect(within(region).getByText('Horaires : lundi – vendredi 8h–18h.')).toBeInTheDocument();
  });
});
