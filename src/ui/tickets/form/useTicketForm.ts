import * as React from 'react';
import {
  IntakeError, TicketDraft, formFieldsFor, parseAttachmentLimits, safeAttachmentNames, screenshotFileName, validateDraft, AttachmentLimits
} from '../../../domain/intake';
import type { FormCategory, IntakeFormData } from '../../../data/intake/IntakeService';
import type { NamedPerson, SubmitResult, TicketFormServices } from '../../../data/intake/TicketFormServices';
import type { Language } from '../../../domain/vocabulary';
import { DraftAttachment, DraftStore, SavedDraft, newClientRequestId } from './draftStore';
import { sniffFile } from './fileHead';
import { useAlive, useLoad } from '../../common/useLoad';

const AUTOSAVE_MS = 400;

/** Where the form was opened from: "Still need help?" passes the query and the category. */
export interface FormPrefill {
  query?: string;
  categoryId?: number;
  /** "Ask this expert": the e-mail address the page's `?expert=` gives. */
  expert?: string;
  /** Filed from Microsoft Teams (the form in a Teams tab, or opened from one: `?from=teams`): the requester's mails link into the Teams app. */
  channel?: 'teams';
}

/** The person filing. */
export interface FormRequester {
  displayName: string;
  email: string;
  language: Language;
}

export type FormPhase = 'loading' | 'loadFailed' | 'editing' | 'submitting' | 'submitFailed' | 'done' | 'deflected';

/** The form's state and actions. */
export interface TicketFormController {
  phase: FormPhase;
  data?: IntakeFormData;
  draft: SavedDraft;
  /** When a saved draft was offered back. */
  restoredAt?: string;
  /** How many submits were tried since the form was (re)started: the error summary takes the focus at each. */
  attempt: number;
  /** What the last submit refused, as it was then (the error summary stays still while the person fixes the fields). */
  summary: IntakeError[];
  /** Shown after a submit attempt, then kept up to date as the person fixes the fields. */
  errors: IntakeError[];
  limits: AttachmentLimits;
  category?: FormCategory;
  result?: SubmitResult;
  /** The names the files will be stored under, in the order of `draft.attachments`. */
  storedNames: string[];
  setShareFiles(share: boolean): void;
  setField<K extends keyof SavedDraft['fields']>(key: K, value: SavedDraft['fields'][K]): void;
  setWatchers(people: NamedPerson[]): void;
  setBeneficiary(person: NamedPerson | undefined): void;
  /** The person the page's expert address names (undefined: nobody known). */
  setExpert(id: number | undefined): void;
  addFiles(files: DraftAttachment[]): void;
  removeFile(name: string): void;
  submit(): Promise<void>;
  /** An article answered the question: the draft is cleared and the form closes. */
  deflect(): void;
  discardDraft(): Promise<void>;
  reload(): void;
}

function emptyDraft(prefill: FormPrefill): SavedDraft {
  return {
    clientRequestId: newClientRequestId(),
    savedAt: new Date().toISOString(),
    fields: { kind: 'assistance', categoryId: prefill.categoryId, title: (prefill.query || '').slice(0, 255), description: prefill.query || '' },
    watchers: [],
    attachments: []
  };
}

function hasContent(d: SavedDraft): boolean {
  return !!(d.fields.title.trim() || d.fields.description.trim() || d.attachments.length || d.watchers.length);
}

function asTicketDraft(d: SavedDraft): TicketDraft {
  return { ...d.fields, files: d.attachments.map(a => ({ name: a.name, size: a.size, type: a.type, sniffed: a.sniffed })) };
}

/**
 * The names the files are stored under: a named screenshot where the category asks for one (stamped with the time
 * it was attached, so a retry names it the same), then names SharePoint takes (safeAttachmentNames).
 */
export function storedAttachmentNames(d: SavedDraft, category: FormCategory | undefined, requesterName: string, fallbackName?: string): string[] {
  const wantsScreenshot = !!category && formFieldsFor(category).some(f => f.key === 'screenshot');
  const names = d.attachments.map(a => (wantsScreenshot && /^image\//.test(a.type)
    ? screenshotFileName(requesterName, d.fields.course, new Date(a.addedAt || d.savedAt), a.name) : a.name));
  return safeAttachmentNames(names, { fallbackBase: fallbackName });
}

/** The attachments with what their first bytes say they are (those not read yet are read now). */
async function sniffed(files: DraftAttachment[]): Promise<DraftAttachment[]> {
  const kinds = await Promise.all(files.map(a => (a.sniffed === undefined ? sniffFile(a.content) : Promise.resolve(a.sniffed))));
  return files.map((a, i) => (a.sniffed === kinds[i] ? a : { ...a, sniffed: kinds[i] }));
}

/** State, autosave, validation and submission of the ticket form. */
export function useTicketForm(services: TicketFormServices, store: DraftStore, requester: FormRequester, prefill: FormPrefill,
  ticketLink: (id: number) => string, fileFallbackName?: string): TicketFormController {
  const [localPhase, setPhase] = React.useState<FormPhase>('editing');
  const [draft, setDraft] = React.useState<SavedDraft>(() => emptyDraft(prefill));
  const [restoredAt, setRestoredAt] = React.useState<string | undefined>();
  const [attempt, setAttempt] = React.useState(0);
  const [summary, setSummary] = React.useState<IntakeError[]>([]);
  const [result, setResult] = React.useState<SubmitResult | undefined>();
  const [applied, setApplied] = React.useState<unknown>();
  const dirty = React.useRef(false);
  const alive = useAlive();

  const load = useLoad(() => Promise.all([services.loadFormData(), store.load()]).then(undefined, (e: unknown) => {
    console.error('[HelpCenter] Loading the ticket form failed:', e);
    throw e;
  }), [services, store]);
  const loaded = load.state.status === 'done' ? load.state.value : undefined;
  // A saved draft is offered back once per load, before the form shows.
  React.useEffect(() => {
    if (!loaded) return;
    const saved = loaded[1];
    if (saved && hasContent(saved)) {
      setDraft(saved);
      setRestoredAt(saved.savedAt);
    }
    setPhase('editing');
    setApplied(loaded);
  }, [loaded]);
  const data = loaded && applied === loaded ? loaded[0] : undefined;
  const phase: FormPhase = load.state.status === 'failed' ? 'loadFailed' : data ? localPhase : 'loading';
  const attempted = attempt > 0;

  // Autosave: a reload, a crash or a closed tab gives the draft back.
  React.useEffect(() => {
    if (!dirty.current) return undefined;
    const timer = setTimeout(() => {
      store.save({ ...draft, savedAt: new Date().toISOString() }).catch((e: unknown) => console.error('[HelpCenter] Saving the draft failed:', e));
    }, AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [draft, store]);

  // Each chosen, dropped, pasted or restored file is judged by its first bytes, not only by its extension.
  React.useEffect(() => {
    if (draft.attachments.every(a => a.sniffed !== undefined)) return undefined;
    const before = draft.attachments;
    // Files changed meanwhile are matched by identity: only the ones judged here take their verdict.
    sniffed(before).then(after => {
      if (alive()) setDraft(d => ({ ...d, attachments: d.attachments.map(a => after[before.indexOf(a)] || a) }));
    }, (e: unknown) => console.error('[HelpCenter] Judging the files failed:', e));
    return undefined;
  }, [draft.attachments, alive]);

  const change = React.useCallback((update: (d: SavedDraft) => SavedDraft) => {
    dirty.current = true;
    setDraft(update);
  }, []);

  const limits = React.useMemo(() => parseAttachmentLimits(data && data.settings['attachments.limits']), [data]);
  const category = data && draft.fields.categoryId !== undefined ? data.categories.filter(c => c.id === draft.fields.categoryId)[0] : undefined;
  const errors = attempted ? validateDraft(asTicketDraft(draft), category, limits) : [];
  const storedNames = storedAttachmentNames(draft, category, requester.displayName, fileFallbackName);

  const submit = React.useCallback(async (): Promise<void> => {
    setAttempt(n => n + 1);
    if (!data) return;
    // A file still being read is judged before the submit goes.
    const judged = { ...draft, attachments: await sniffed(draft.attachments) };
    if (judged.attachments.some((a, i) => a !== draft.attachments[i])) setDraft(d => (d.attachments === draft.attachments ? judged : d));
    const refused = validateDraft(asTicketDraft(judged), category, limits);
    setSummary(refused);
    if (refused.length) return;
    setPhase('submitting');
    const names = storedAttachmentNames(judged, category, requester.displayName, fileFallbackName);
    const attachments = judged.attachments.map((a, i) => ({ name: names[i], content: a.content }));
    const f = draft.fields;
    try {
      const outcome = await services.submit({
        ticket: {
          clientRequestId: draft.clientRequestId, title: f.title.trim(), description: f.description, kind: f.kind || 'assistance',
          categoryId: f.categoryId as number, language: requester.language, priority: f.priority, severity: f.severity,
          incidentType: f.incidentType, locationId: f.equipmentId || f.locationId, course: f.course,
          beneficiaryId: draft.beneficiary ? draft.beneficiary.siteUserId : undefined,
          beneficiaryLoginName: draft.beneficiary ? draft.beneficiary.loginName : undefined,
          filedById: draft.beneficiary ? data.currentUserId : undefined,
          channel: data.isAgent ? f.channel : prefill.channel || 'portal', watcherIds: draft.watchers.map(w => w.siteUserId),
          shareFiles: !!draft.shareFiles && draft.watchers.length > 0 && attachments.length > 0,
          // Only a form opened from an expert's link asks them (a draft restored on the plain form does not).
          expertId: prefill.expert ? draft.expertId : undefined
        },
        attachments,
        filedByAgent: data.isAgent,
        ticketLink
      });
      if (!alive()) return;
      setResult(outcome);
      setPhase('done');
      dirty.current = false;
      await store.clear();
    } catch (e) {
      console.error('[HelpCenter] Submitting the ticket failed; the draft is kept for a retry:', e);
      if (alive()) setPhase('submitFailed');
    }
  }, [data, draft, category, limits, services, store, requester, ticketLink, fileFallbackName, alive, prefill.expert]);

  return {
    phase, data, draft, restoredAt, errors, attempt, summary, limits, category, result, storedNames,
    setShareFiles: share => change(d => ({ ...d, shareFiles: share })),
    setField: (key, value) => change(d => ({ ...d, fields: { ...d.fields, [key]: value } })),
    setWatchers: people => change(d => ({ ...d, watchers: people })),
    setBeneficiary: person => change(d => ({ ...d, beneficiary: person })),
    setExpert: id => setDraft(d => (d.expertId === id ? d : { ...d, expertId: id })),
    addFiles: files => {
      const addedAt = new Date().toISOString();
      change(d => ({ ...d, attachments: d.attachments.concat(files.map(a => ({ ...a, addedAt: a.addedAt || addedAt }))) }));
    },
    removeFile: name => change(d => ({ ...d, attachments: d.attachments.filter(a => a.name !== name) })),
    submit,
    deflect: () => {
      dirty.current = false;
      setPhase('deflected');
      setDraft(emptyDraft({}));
      setRestoredAt(undefined);
      setAttempt(0);
      setSummary([]);
      store.clear().catch((e: unknown) => console.error('[HelpCenter] Clearing the draft failed:', e));
    },
    discardDraft: async () => {
      await store.clear();
      dirty.current = false;
      setDraft(emptyDraft({}));
      setRestoredAt(undefined);
      setAttempt(0);
      setSummary([]);
    },
    reload: load.reload
  };
}
