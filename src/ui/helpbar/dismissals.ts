/**
 * Announcements a person dismissed, remembered in the browser per person: keyed by her login and each announcement's
 * id and last edit, so an edited announcement (say, an outage's update) shows again.
 */
import type { HelpBarAnnouncement } from './helpBarTypes';

/** Entries kept per person (the oldest forgotten first). */
const KEPT = 50;

/** The remembered dismissals of one person. */
export interface DismissalStore {
  /** Whether the person dismissed this version of the announcement. */
  isDismissed(a: HelpBarAnnouncement): boolean;
  /** Remembers that she dismissed this version. */
  dismiss(a: HelpBarAnnouncement): void;
}

/** What identifies one version of an announcement. */
export function announcementVersion(a: HelpBarAnnouncement): string {
  return `${a.id}@${a.modified || ''}`;
}

/** The store of `login` in `storage` (nothing remembered when the storage is missing or refuses). */
export function dismissalStore(storage: Storage | undefined, login: string): DismissalStore {
  const key = `hc-helpbar-dismissed|${login.toLowerCase()}`;
  const read = (): string[] => {
    try {
      const v = storage ? JSON.parse(storage.getItem(key) || '[]') as unknown : [];
      return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
    } catch { return []; }
  };
  return {
    isDismissed: a => read().indexOf(announcementVersion(a)) >= 0,
    dismiss: a => {
      const version = announcementVersion(a);
      const kept = read().filter(v => v !== version).concat([version]).slice(-KEPT);
      try { if (storage) storage.setItem(key, JSON.stringify(kept)); } catch (e) { console.warn('[HelpCenter] The dismissal could not be remembered:', e); }
    }
  };
}
