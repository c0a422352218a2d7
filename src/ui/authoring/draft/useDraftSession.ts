import * as React from 'react';
import type { ArticleContent, EditConflict } from '../../../domain/knowledge/articleEditConflict';
import type { AuthoringServices } from '../../../data/knowledge/authoring/services';
import { ArticleEditConflictError, ArticleWorkflowError, type AuthoringActor, type Draft, type DraftInput } from '../../../data/knowledge/authoring/types';
import { loadArticleSanitizer } from '../editor/sanitizerLazy';
import { useAlive } from '../../common/useLoad';
import { clearStored, contentOf, formOf, readStored, storageKey, writeStored, type DraftForm, type StoredForm } from './draftForm';

/** What the page says after an action (a live region reads it; `tone` colours it). */
export interface DraftMessage { text: string; tone: 'success' | 'error' | 'info' }

/** The words of the session's outcomes (section articleDraft). */
export type SessionStrings = IHelpCenterArticleEditorStrings['articleDraft'];

/** Where the draft page starts: a stored draft, or a new article's first values and links. */
export type DraftStart =
  | { kind: 'draft'; draft: Draft }
  | { kind: 'new'; form: DraftForm; routeKey: string; links: Pick<DraftInput, 'translationOfId' | 'sourceTicketId'> };

/** A create not answered is looked for among the author's drafts this long before it started (clocks differ). */
const CREATE_SLACK_MS = 5 * 60 * 1000;

/**
 * The draft being written: its form, the ETag and text it was read with, and the writes. A new article becomes a
 * draft on its first save or first pasted image (one create, shared); every save carries the ETag read; the form is
 * kept in localStorage until saved. A create whose answer was lost (network cut after SharePoint wrote it) is found
 * again among the author's drafts (same title, created since the attempt) before a retry creates anything.
 */
/** The draft being written, as the page uses it (see {@link useDraftSession}). */
export interface DraftSession {
  /** The stored draft (undefined: a new article not yet created). */
  draft?: Draft;
  form: DraftForm;
  setForm(patch: Partial<DraftForm>): void;
  busy?: 'save' | 'submit' | 'withdraw' | 'resolve';
  message?: DraftMessage;
  setMessage(message: DraftMessage | undefined): void;
  conflict?: EditConflict | 'unknown';
  /** An unsaved copy found on this device, offered back. */
  offer?: StoredForm;
  uploadImage(file: File): Promise<string>;
  restore(): void;
  discard(): void;
  save(): Promise<void>;
  submit(): Promise<void>;
  withdraw(): Promise<void>;
  resolve(choice: 'mine' | 'theirs' | 'merged'): Promise<void>;
  reread(): Promise<void>;
}

export function useDraftSession(services: AuthoringServices, actor: AuthoringActor, start: DraftStart, siteUrl: string | undefined, s: SessionStrings): DraftSession {
  const alive = useAlive();
  const [draft, setDraft] = React.useState<Draft | undefined>(start.kind === 'draft' ? start.draft : undefined);
  const [form, setFormState] = React.useState<DraftForm>(() => (start.kind === 'draft' ? formOf(start.draft.content, start.draft.language, start.draft.template) : start.form));
  const etag = React.useRef<string | undefined>(start.kind === 'draft' ? start.draft.etag : undefined);
  const base = React.useRef<ArticleContent | undefined>(start.kind === 'draft' ? start.draft.content : undefined);
  const key = React.useRef(start.kind === 'draft' ? storageKey({ draftId: start.draft.id }) : storageKey({ newRoute: start.routeKey }));
  const creating = React.useRef<Promise<Draft> | undefined>(undefined);
  const pending = React.useRef<StoredForm['pendingCreate']>(undefined);
  const [offer, setOffer] = React.useState<StoredForm | undefined>(() => {
    const stored = readStored(key.current);
    if (stored && stored.pendingCreate) pending.current = stored.pendingCreate;
    const initial = start.kind === 'draft' ? formOf(start.draft.content, start.draft.language, start.draft.template) : start.form;
    return stored && JSON.stringify(contentOf(stored.form)) !== JSON.stringify(contentOf(initial)) ? stored : undefined;
  });
  const [busy, setBusy] = React.useState<'save' | 'submit' | 'withdraw' | 'resolve' | undefined>(undefined);
  const [message, setMessage] = React.useState<DraftMessage | undefined>(undefined);
  const [conflict, setConflict] = React.useState<EditConflict | 'unknown' | undefined>(undefined);
  const formRef = React.useRef(form);
  const draftRef = React.useRef(draft);

  const keep = (next: DraftForm): void => {
    writeStored(key.current, { form: next, savedAt: new Date().toISOString(), etag: etag.current, base: base.current, pendingCreate: pending.current });
  };
  const setForm = React.useCallback((patch: Partial<DraftForm>): void => {
    setFormState(prev => {
      const next = { ...prev, ...patch };
      formRef.current = next;
      keep(next);
      return next;
    });
  }, []);

  const markPending = (value: StoredForm['pendingCreate']): void => { pending.current = value; };
  const adopt = (d: Draft): void => {
    draftRef.current = d;
    setDraft(d);
    etag.current = d.etag;
    base.current = d.content;
  };

  /** The body as stored: the article allow-list, images only as the site's attachments (uploads done). */
  const savedContent = async (f: DraftForm): Promise<ArticleContent> => contentOf(f, (await loadArticleSanitizer())(f.bodyHtml, { siteUrl }));

  /** The draft's id, creating it once (first save or first pasted image) when the article is new. */
  const ensureDraft = (): Promise<Draft> => {
    if (draftRef.current) return Promise.resolve(draftRef.current);
    if (start.kind !== 'new') return Promise.reject(new Error('No draft.'));
    if (!creating.current) {
      creating.current = (async () => {
        const f = formRef.current;
        let found: Draft | undefined;
        if (pending.current) {
          const since = Date.parse(pending.current.startedAt) - CREATE_SLACK_MS;
          found = (await services.authoring.drafts.byAuthor(actor.person.id))
            .filter(d => d.content.title === f.title.trim() && d.language === f.language && d.modifiedAt.getTime() >= since)[0];
        }
        if (!found) {
          markPending({ startedAt: new Date().toISOString() });
          keep(f);
          found = await services.authoring.createDraft({ content: await savedContent(f), language: f.language, template: f.template, ...start.links });
        } else if (alive()) setMessage({ text: s.recovered, tone: 'info' });
        markPending(undefined);
        const newKey = storageKey({ draftId: found.id });
        clearStored(key.current);
        key.current = newKey;
        adopt(found);
        // The address of the draft from now on: a reload opens it instead of a new article.
        window.history.replaceState(window.history.state, '', services.links.authoring({ kind: 'draft', id: found.id }));
        return found;
      })();
      creating.current.catch(() => { creating.current = undefined; keep(formRef.current); });
    }
    return creating.current;
  };

  /** A pasted image: stored as the draft's attachment (the draft created first if need be); its URL for the body. */
  const uploadImage = async (file: File): Promise<string> => {
    const d = await ensureDraft();
    const added = await services.authoring.addImages(d.id, [{ name: file.name, content: file }]);
    etag.current = added.etag;
    if (!added.files.length) throw new Error('The image was not stored.');
    return added.files[0].url;
  };

  const failed = (e: unknown): void => {
    if (!alive()) return;
    if (e instanceof ArticleEditConflictError) {
      setConflict(e.conflict || 'unknown');
      return;
    }
    console.error('[HelpCenter] The draft could not be written:', e);
    setMessage({ text: e instanceof ArticleWorkflowError ? s.workflowErrors[e.code] : s.saveFailed, tone: 'error' });
  };

  /** Writes the form (creating the draft if new): true when saved. */
  const write = async (content?: ArticleContent, at?: string): Promise<boolean> => {
    const f = formRef.current;
    const wasNew = !draftRef.current;
    const d = await ensureDraft();
    const text = content || await savedContent(f);
    if (wasNew && !content && JSON.stringify(text) === JSON.stringify(d.content) && etag.current === d.etag) return true;
    const saved = await services.authoring.saveDraft(d.id, at || (etag.current as string), text, base.current);
    adopt(saved);
    return true;
  };

  const run = async (what: 'save' | 'submit' | 'withdraw' | 'resolve', action: () => Promise<DraftMessage | undefined>): Promise<void> => {
    setBusy(what);
    setMessage(undefined);
    try {
      const said = await action();
      if (alive()) { if (said) setMessage(said); }
    } catch (e) {
      failed(e);
    } finally {
      if (alive()) setBusy(undefined);
    }
  };

  const reread = async (id: number): Promise<void> => {
    const d = await services.authoring.drafts.get(id);
    if (d && alive()) { adopt(d); setFormState(formOf(d.content, d.language, d.template)); formRef.current = formOf(d.content, d.language, d.template); }
  };

  const time = (): string => new Date().toLocaleTimeString(form.language === 'en' ? 'en-GB' : 'fr-FR', { hour: '2-digit', minute: '2-digit' });

  return {
    draft, form, setForm, busy, message, setMessage, conflict, offer, uploadImage,
    restore(): void {
      if (!offer) return;
      if (offer.etag) etag.current = offer.etag;
      if (offer.base) base.current = offer.base;
      formRef.current = offer.form;
      setFormState(offer.form);
      setOffer(undefined);
    },
    discard(): void { clearStored(key.current); setOffer(undefined); },
    save: (): Promise<void> => run('save', async () => {
      await write();
      clearStored(key.current);
      return { text: s.saved.replace('{0}', time()), tone: 'success' };
    }),
    submit: (): Promise<void> => run('submit', async () => {
      await write();
      clearStored(key.current);
      const d = await ensureDraft();
      const r = await services.authoring.submit(d.id, etag.current as string);
      await reread(d.id);
      return { text: r.mails === 'deferred' ? s.submittedDeferred : r.mails === 'sent' ? s.submittedSent : r.mails === 'failed' ? s.mailsFailed : s.submittedNone, tone: 'success' };
    }),
    withdraw: (): Promise<void> => run('withdraw', async () => {
      const d = await ensureDraft();
      await services.authoring.withdraw(d.id, etag.current as string);
      await reread(d.id);
      return { text: s.withdrawn, tone: 'success' };
    }),
    /** The conflict's answer: save mine over theirs, take theirs, or save the merge. */
    resolve: (choice: 'mine' | 'theirs' | 'merged'): Promise<void> => run('resolve', async () => {
      const c = conflict;
      if (!c || c === 'unknown') return undefined;
      if (choice === 'theirs') {
        etag.current = c.etag;
        base.current = c.theirs;
        const next = { ...formRef.current, ...c.theirs, reviewDate: c.theirs.reviewDate };
        formRef.current = next;
        setFormState(next);
        clearStored(key.current);
        setConflict(undefined);
        return { text: s.tookTheirs, tone: 'info' };
      }
      const chosen = choice === 'merged' && c.merged ? c.merged : c.mine;
      base.current = c.theirs;
      setConflict(undefined);
      await write(chosen, c.etag);
      const next = { ...formRef.current, ...chosen };
      formRef.current = next;
      setFormState(next);
      clearStored(key.current);
      return { text: choice === 'merged' ? s.tookMerged : s.keptMine, tone: 'success' };
    }),
    /** After a reviewer's step (ReviewActions): the draft read again. */
    reread: (): Promise<void> => (draft ? reread(draft.id) : Promise.resolve())
  };
}

