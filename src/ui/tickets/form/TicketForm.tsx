import * as React from 'react';
import { PrimaryButton, DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { formFieldsFor } from '../../../domain/intake';
import type { FormKnowledge } from '../../../data/intake/formKnowledge';
import { TICKET_CHANNELS } from '../../../domain/vocabulary';
import type { NamedPerson, TicketFormServices } from '../../../data/intake/TicketFormServices';
import type { PersonOption } from '../../../data/intake/IntakeService';
import { requestLinkOn } from '../../../data/pageLinks';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { LoadingState } from '../../common/LoadingState';
import { LiveRegion } from '../../common/LiveRegion';
import { formatString } from '../../common/format';
import { AttachmentsField, pastedImages } from './AttachmentsField';
import { CategorySelect } from './CategorySelect';
import { Confirmation } from './Confirmation';
import { DraftStore } from './draftStore';
import { ExtraFields } from './ExtraFields';
import { Field } from './Field';
import { fieldError } from './errorText';
import { formClasses } from './formStyles';
import { HoursNote } from './HoursNote';
import { PeopleField } from './PeopleField';
import { SuggestedArticles } from './SuggestedArticles';
import { FormPrefill, useTicketForm } from './useTicketForm';

/** Props of {@link TicketForm}. */
export interface TicketFormProps {
  services: TicketFormServices;
  drafts: DraftStore;
  prefill: FormPrefill;
  /** Page of the MyTickets web part, for the confirmation's link and the mails. */
  myTicketsUrl?: string;
  /** The knowledge base, for article suggestions while the person types (loaded lazily by the host). */
  knowledge?: FormKnowledge;
}

export type { FormKnowledge };

const REQUESTER_KINDS = ['assistance', 'anomaly', 'evolution'] as const;

/** The one intranet form for every request: kind, category and its fields, attachments, people to inform. */
export function TicketForm(props: TicketFormProps): React.ReactElement {
  const { strings, locale, currentUser } = useHelpCenter();
  const s = strings.ticketForm;
  const classes = formClasses(useTheme());
  const ticketLink = React.useCallback((id: number) => requestLinkOn(props.myTicketsUrl || (typeof location !== 'undefined' ? location.href.split('?')[0] : ''), id), [props.myTicketsUrl]);
  const requester = React.useMemo(() => ({ displayName: currentUser.displayName, email: currentUser.email, language: locale }), [currentUser, locale]);
  const form = useTicketForm(props.services, props.drafts, requester, props.prefill, ticketLink, s.fileFallbackName);
  const summary = React.useRef<HTMLDivElement>(null);
  const knowledge = props.knowledge;
  const suggest = React.useMemo(() => (knowledge ? (text: string) => knowledge.suggest(text, locale) : undefined), [knowledge, locale]);
  const { draft, data, errors, category } = form;
  const f = draft.fields;
  const team = data && category ? data.teams.filter(t => t.id === category.defaultTeamId)[0] : undefined;
  const hoursJson = (team && team.businessHours) || (data && data.settings['businessHours.default']) || undefined;

  const errorCount = form.errors.length;
  // After a refused submit, focus moves to the summary so a screen reader hears what to fix.
  React.useEffect(() => { if (errorCount && summary.current) summary.current.focus(); }, [form.phase, errorCount > 0]);

  if (form.phase === 'loading') return <LoadingState label={s.loading} />;
  if (form.phase === 'loadFailed' || !data) {
    return <MessageBar messageBarType={MessageBarType.error} actions={<DefaultButton text={strings.common.retry} onClick={form.reload} />}>{s.loadFailed}</MessageBar>;
  }
  if (form.phase === 'deflected') {
    return <MessageBar messageBarType={MessageBarType.success} actions={<DefaultButton text={s.newRequest} onClick={form.reload} />}>{s.deflected}</MessageBar>;
  }
  if (form.phase === 'done' && form.result) {
    return (
      <Confirmation result={form.result} strings={s} teamName={team ? (locale === 'en' ? team.titleEn : team.titleFr) : undefined}
        firstResponseHours={category && category.firstResponseHours} calendarJson={hoursJson} appStrings={strings} locale={locale} followUrl={props.myTicketsUrl} onNewRequest={() => { form.discardDraft().then(form.reload, form.reload); }} />
    );
  }
  const extra = formFieldsFor(category);
  const screenshot = extra.filter(x => x.key === 'screenshot')[0];
  const submitting = form.phase === 'submitting';
  const onSubmit = (e: React.FormEvent): void => { e.preventDefault(); if (!submitting) form.submit().catch(() => undefined); };
  const resolvePerson = async (p: PersonOption): Promise<NamedPerson> => ({ ...p, siteUserId: await props.services.ensureUserId(p.loginName) });

  return (
    <form className={classes.form} onSubmit={onSubmit} noValidate aria-labelledby="hc-form-title"
      onPaste={e => { const images = pastedImages(e, s.pastedScreenshot); if (images) { e.preventDefault(); form.addFiles(images); } }}>
      <Text as="h2" variant="xLarge" id="hc-form-title">{s.title}</Text>
      <Text as="p">{s.intro}</Text>
      <LiveRegion message={submitting ? s.submitting : ''} />
      {form.restoredAt ? (
        <MessageBar messageBarType={MessageBarType.info} actions={<DefaultButton text={s.discardDraft} onClick={() => { form.discardDraft().catch(() => undefined); }} />}>
          {formatString(s.draftRestored, new Date(form.restoredAt).toLocaleString(locale === 'en' ? 'en-GB' : 'fr-FR'))}
        </MessageBar>
      ) : undefined}
      {errors.length ? (
        <div ref={summary} tabIndex={-1} id="hc-error-summary">
          <MessageBar messageBarType={MessageBarType.error}>{formatString(s.fixErrors, errors.length)}</MessageBar>
        </div>
      ) : undefined}
      {form.phase === 'submitFailed' ? (
        <MessageBar messageBarType={MessageBarType.error} role="alert" actions={<PrimaryButton text={s.retry} onClick={() => { form.submit().catch(() => undefined); }} />}>{s.submitFailed}</MessageBar>
      ) : undefined}

      <fieldset className={classes.fieldset}>
        <legend className={classes.legend}>{s.kindLabel}</legend>
        {REQUESTER_KINDS.map(k => (
          <label key={k} className={classes.radio}>
            <input type="radio" name="hc-kind" value={k} checked={f.kind === k} onChange={() => form.setField('kind', k)} />
            <span>{strings.ticketKind[k]} — {s.kindHelp[k]}</span>
          </label>
        ))}
      </fieldset>
      <CategorySelect categories={data.categories} value={f.categoryId} locale={locale} strings={s} classes={classes}
        error={fieldError(errors, 'categoryId', s)} onChange={id => form.setField('categoryId', id)} />
      <Field id="hc-title" label={s.titleLabel} required error={fieldError(errors, 'title', s)} classes={classes}>
        {(describedBy, invalid) => <input id="hc-title" className={classes.input} value={f.title} placeholder={s.titlePlaceholder} aria-required
          aria-invalid={invalid} aria-describedby={describedBy} onChange={e => form.setField('title', e.target.value)} />}
      </Field>
      <Field id="hc-description" label={s.descriptionLabel} required error={fieldError(errors, 'description', s)} classes={classes}>
        {(describedBy, invalid) => <textarea id="hc-description" className={classes.textarea} value={f.description} placeholder={s.descriptionPlaceholder}
          aria-required aria-invalid={invalid} aria-describedby={describedBy} onChange={e => form.setField('description', e.target.value)} />}
      </Field>
      <SuggestedArticles text={`${f.title} ${f.description}`} strings={s} classes={classes} articleUrl={knowledge && knowledge.articleUrl}
        suggest={suggest} onSolved={(hit, query) => { form.deflect(); if (knowledge) knowledge.recordDeflection(hit, query).catch((e: unknown) => console.error('[HelpCenter] Recording the deflection failed:', e)); }} />
      <ExtraFields fields={extra} values={f} locations={data.locations} errors={errors} strings={strings} classes={classes} onChange={form.setField} />
      <AttachmentsField files={draft.attachments} storedNames={form.storedNames} limits={form.limits} errors={errors} screenshotWanted={!!screenshot}
        screenshotRequired={!!screenshot && screenshot.required} strings={s} classes={classes} onAdd={form.addFiles} onRemove={form.removeFile} />
      <PeopleField id="hc-watchers" label={s.watchersLabel} help={s.watchersHelp} people={draft.watchers} strings={s} classes={classes}
        search={props.services.searchPeople} resolve={resolvePerson} onChange={form.setWatchers} />
      {draft.watchers.length && draft.attachments.length ? (
        <div className={classes.field}>
          <label className={classes.radio}>
            <input type="checkbox" checked={!!draft.shareFiles} aria-describedby="hc-share-files-help" onChange={e => form.setShareFiles(e.target.checked)} />
            <span>{s.shareFilesLabel}</span>
          </label>
          <p id="hc-share-files-help" className={classes.help}>{s.shareFilesHelp}</p>
        </div>
      ) : undefined}
      {data.isAgent ? (
        <fieldset className={`${classes.fieldset} ${classes.panel}`}>
          <legend className={classes.legend}>{s.onBehalfHeading}</legend>
          <PeopleField id="hc-beneficiary" label={s.beneficiaryLabel} single people={draft.beneficiary ? [draft.beneficiary] : []} strings={s}
            classes={classes} search={props.services.searchPeople} resolve={resolvePerson} onChange={p => form.setBeneficiary(p[0])} />
          <Field id="hc-channel" label={s.channelLabel} classes={classes}>
            {() => (
              <select id="hc-channel" className={classes.select} value={f.channel || 'phone'} onChange={e => form.setField('channel', e.target.value as never)}>
                {TICKET_CHANNELS.map(c => <option key={c} value={c}>{strings.ticketChannel[c]}</option>)}
              </select>
            )}
          </Field>
        </fieldset>
      ) : undefined}
      <HoursNote calendarJson={hoursJson} heading={strings.hours.heading} strings={strings.hours} locale={locale} id="hc-form-hours" className={classes.help} />
      <div className={classes.actions}>
        <PrimaryButton type="submit" text={submitting ? s.submitting : s.submit} disabled={submitting} />
      </div>
    </form>
  );
}
