import * as React from 'react';
import type { MyEntry, MyEntryInput } from '../../data/experts/services';

/** The panel's form: skills as typed (comma-separated), the rest as stored. */
export interface EntryForm extends Omit<MyEntryInput, 'skills'> {
  skills: string;
}

/** The form of a stored entry, or a new one's. */
export function formOf(entry: MyEntry | undefined): EntryForm {
  return entry
    ? { skills: entry.skills.join(', '), categoryIds: entry.categoryIds.slice(), languages: entry.languages.slice(), bio: entry.bio, availability: entry.availability, listed: entry.listed }
    : { skills: '', categoryIds: [], languages: ['fr'], bio: '', availability: 'available', listed: true };
}

function storage(): Storage | undefined {
  try { return typeof localStorage === 'undefined' ? undefined : localStorage; } catch { return undefined; }
}

function readDraft(key: string): EntryForm | undefined {
  try {
    const raw = storage() ? (storage() as Storage).getItem(key) : undefined;
    if (!raw) return undefined;
    const d = JSON.parse(raw) as Partial<EntryForm>;
    if (typeof d.skills !== 'string' || !Array.isArray(d.categoryIds) || !Array.isArray(d.languages) || typeof d.bio !== 'string') return undefined;
    return {
      skills: d.skills, categoryIds: d.categoryIds.filter(x => typeof x === 'number'), languages: d.languages.filter(l => l === 'fr' || l === 'en'),
      bio: d.bio, availability: d.availability === 'busy' || d.availability === 'away' ? d.availability : 'available', listed: d.listed !== false
    };
  } catch {
    return undefined;
  }
}

/**
 * The "My entry" form, kept in localStorage until saved (a reload, a closed tab or a failed save loses nothing):
 * the draft when there is one (`restored`), else the stored entry. `clear()` after a save.
 */
export function useEntryDraft(key: string, entry: MyEntry | undefined): { form: EntryForm; restored: boolean; update(patch: Partial<EntryForm>): void; clear(): void } {
  const [state, setState] = React.useState(() => {
    const draft = readDraft(key);
    return { form: draft || formOf(entry), restored: !!draft };
  });
  const update = React.useCallback((patch: Partial<EntryForm>) => setState(prev => {
    const form = { ...prev.form, ...patch };
    try { const s = storage(); if (s) s.setItem(key, JSON.stringify(form)); } catch { /* storage full or blocked: the form still holds it */ }
    return { ...prev, form };
  }), [key]);
  const clear = React.useCallback(() => {
    try { const s = storage(); if (s) s.removeItem(key); } catch { /* nothing to clear */ }
    setState(prev => ({ ...prev, restored: false }));
  }, [key]);
  return { form: state.form, restored: state.restored, update, clear };
}
