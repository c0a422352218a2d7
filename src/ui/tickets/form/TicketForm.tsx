import * as React from 'react';
import { PrimaryButton, DefaultButton } from '@fluentui/react/lib/Button';
import { Notice, MessageBarType } from '../../common/Notice';
import { ThemeText } from '../../common/ThemeText';
import { TextField } from '@fluentui/react/lib/TextField';
import { ChoiceGroup, IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { useTheme } from '@fluentui/react/lib/Theme';
import { formFieldsFor } from '../../../domain/intake';
import type { FormKnowledge } from '../../../data/intake/formKnowledge';
import type { NamedPerson, TicketFormServices } from '../../../data/intake/TicketFormServices';
import type { PersonOption } from '../../../data/intake/IntakeService';
import { requestLinkOn } from '../../../data/pageLinks';
import { useHelpCenter } from '../../common/HelpCenterContext';
import { LoadingState } from '../../common/LoadingState';
import { LiveRegion } from '../../common/LiveRegion';
import { ErrorSummary } from '../../common/ErrorSummary';
import { dateTimeText } from '../../common/dates';
import { formatString } from '../../common/format';
import { AttachmentsField, pastedImages } from './AttachmentsField';
import { CategorySelect } from './CategorySelect';
import { DraftStore } from './draftStore';
import { fieldError } from './errorText';
import { formClasses } from '../../common/formStyles';
import { FORM_INPUT_IDS, formProblems } from './formProblems';
import { HoursNote } from './HoursNote';
import { SuggestedArticles } from './SuggestedArticles';
import { FormPrefill, useTicketForm } from './useTicketForm';
import { useRenderedMark } from '../../common/rendered';
import { WatchersDisclosure } from './WatchersDisclosure';

// What a first render rarely shows loads as its own chunk when it is shown: the fields a chosen category asks for,
// an agent's on-behalf section, the confirmation (the people to inform: see WatchersDisclosure).
const loadExtraFields = (): Promise<typeof import('./ExtraFields')> => import(/* webpackChunkName: 'help-center-form-fields' */ './ExtraFields');
const ExtraFields = React.lazy(() => loadExtraFields().then(m => ({ default: m.ExtraFields })));
/** The category list opens: its fields' controls download while the person chooses (a failure is tried again at render). */
const preloadExtraFields = (): void => { loadExtraFields().catch(() => undefined); };
const OnBehalfFields = React.lazy(() => import(/* webpackChunkName: 'help-center-form-agent' */ './OnBehalfFields').then(m => ({ default: m.OnBehalfFields })));
const loadConfirmation = (): Promise<typeof import('./Confirmation')> => import(/* webpackChunkName: 'help-center-form-confirmation' */ './Confirmation');
const Confirmation = React.lazy(() => loadConfirmation().then(m => ({ default: m.Confirmation })));
// "Ask this expert" (`?expert=`) loads only on such a page; a category's community comes with the category's fields.
const AskedExpert = React.lazy(() => import(/* webpackChunkName: 'help-center-form-expert' */ './AskedExpert').then(m => ({ default: m.AskedExpert })));
const CategoryCommunity = React.lazy(() => import(/* webpackChunkName: 'help-center-form-fields' */ './CategoryCommunity').then(m => ({ default: m.CategoryCommunity })));
/** A submit starts: the confirmation downloads while the request is sent. */
const preloadConfirmation = (): void => { loadConfirmation().catch(() => undefined); };

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
  const knowledge = props.knowledge;
  const suggest = React.useMemo(() => (knowledge ? (text: string) => knowledge.suggest(text, locale) : undefined), [knowledge, locale]);
  const { draft, data, errors, category } = form;
  const f = draft.fields;
  const team = data && category ? data.teams.filter(t => t.id === category.defaultTeamId)[0] : undefined;
  const hoursJson = (team && team.businessHours) || (data && data.settings['businessHours.default']) || undefined;

  // The page says its first render is on screen (bench/run.mjs waits for it).
  useRenderedMark('form', form.phase !== 'loading');
  if (form.phase === 'loading') return <LoadingState label={s.loading} />;
  if (form.phase === 'loadFailed' || !data) {
    return <Notice messageBarType={MessageBarType.error} actions={<DefaultButton text={strings.common.retry} onClick={form.reload} />}>{s.loadFailed}</Notice>;
  }
  if (form.phase === 'deflected') {
    return <Notice messageBarType={MessageBarType.success} actions={<DefaultButton text={s.newRequest} onClick={form.reload} />}>{s.deflected}</Notice>;
  }
  if (form.phase === 'done' && form.result) {
    return (
      <React.Suspense fallback={<LoadingState label={strings.common.loading} />}>
        <Confirmation result={form.result} strings={s} teamName={team ? (locale === 'en' ? team.titleEn : team.titleFr) : undefined}
          category={category} priority={f.priority} calendarJson={hoursJson} appStrings={strings} locale={locale} followUrl={props.myTicketsUrl} onNewRequest={() => { form.discardDraft().then(form.reload, form.reload); }} />
      </React.Suspense>
    );
  }
  const extra = formFieldsFor(category);
  const screenshot = extra.filter(x => x.key === 'screenshot')[0];
  const submitting = form.phase === 'submitting';
  const onSubmit = (e: React.FormEvent): void => { e.preventDefault(); if (!submitting) { preloadConfirmation(); form.submit().catch(() => undefined); } };
  const problems = formProblems(form.summary, strings);
  const resolvePerson = async (p: PersonOption): Promise<NamedPerson> => ({ ...p, siteUserId: await props.services.ensureUserId(p.loginName) });

  const kindOptions: IChoiceGroupOption[] = REQUESTER_KINDS.map(k => ({ key: k, text: `${strings.ticketKind[k]} — ${s.kindHelp[k]}` }));

  return (
    <form className={classes.form} onSubmit={onSubmit} noValidate aria-labelledby="hc-form-title"
      onPaste={e => { const images = pastedImages(e, s.pastedScreenshot); if (images) { e.preventDefault(); form.addFiles(images); } }}>
      <ThemeText as="h2" variant="xLarge" id="hc-form-title" className={classes.heading}>{s.title}</ThemeText>
      <ThemeText as="p" block extra={{ margin: 0 }}>{s.intro}</ThemeText>
      {props.prefill.expert ? (
        <React.Suspense fallback={null}>
          <AskedExpert email={props.prefill.expert} find={props.services.findExpert} teams={data.teams} strings={s} onResolved={form.setExpert} />
        </React.Suspense>
      ) : undefined}
      <LiveRegion message={submitting ? s.submitting : ''} />
      {form.restoredAt ? (
        <Notice messageBarType={MessageBarType.info} isMultiline actions={<DefaultButton text={s.discardDraft} onClick={() => { form.discardDraft().catch(() => undefined); }} />}>
          {formatString(s.draftRestored, dateTimeText(form.restoredAt, locale))}
        </Notice>
      ) : undefined}
      {problems.length ? (
        <div className={classes.summary}>
          <ErrorSummary title={formatString(s.fixErrors, problems.length)} problems={problems} attempt={form.attempt} />
        </div>
      ) : undefined}
      {form.phase === 'submitFailed' ? (
        <Notice messageBarType={MessageBarType.error} role="alert" isMultiline actions={<PrimaryButton text={s.retry} onClick={() => { form.submit().catch(() => undefined); }} />}>{s.submitFailed}</Notice>
      ) : undefined}

      <ChoiceGroup id={FORM_INPUT_IDS.kind} label={s.kindLabel} options={kindOptions} selectedKey={f.kind || null}
        onChange={(_, option) => { if (option) form.setField('kind', option.key as typeof REQUESTER_KINDS[number]); }} />
      <CategorySelect categories={data.categories} value={f.categoryId} locale={locale} strings={s}
        error={fieldError(errors, 'categoryId', s)} onChange={id => form.setField('categoryId', id)} onOpen={preloadExtraFields} />
      {f.categoryId ? <React.Suspense fallback={null}><CategoryCommunity categories={data.categories} categoryId={f.categoryId} strings={s} className={classes.help} /></React.Suspense> : undefined}
      <TextField id={FORM_INPUT_IDS.title} label={s.titleLabel} required value={f.title} placeholder={s.titlePlaceholder}
        errorMessage={fieldError(errors, 'title', s)} onChange={(_, v) => form.setField('title', v || '')} />
      <TextField id={FORM_INPUT_IDS.description} label={s.descriptionLabel} required multiline rows={6} resizable value={f.description}
        placeholder={s.descriptionPlaceholder} errorMessage={fieldError(errors, 'description', s)} onChange={(_, v) => form.setField('description', v || '')} />
      <SuggestedArticles text={`${f.title} ${f.description}`} strings={s} classes={classes} articleUrl={knowledge && knowledge.articleUrl}
        suggest={suggest} onSolved={(hit, query) => { form.deflect(); if (knowledge) knowledge.recordDeflection(hit, query).catch((e: unknown) => console.error('[HelpCenter] Recording the deflection failed:', e)); }} />
      {extra.length ? (
        <React.Suspense fallback={<LoadingState label={strings.common.loading} />}>
          <ExtraFields fields={extra} values={f} locations={data.locations} errors={errors} strings={strings} classes={classes} onChange={form.setField} />
        </React.Suspense>
      ) : undefined}
      <AttachmentsField files={draft.attachments} storedNames={form.storedNames} limits={form.limits} errors={errors} screenshotWanted={!!screenshot}
        screenshotRequired={!!screenshot && screenshot.required} strings={s} classes={classes} onAdd={form.addFiles} onRemove={form.removeFile} />
      <WatchersDisclosure id="hc-watchers" showLabel={s.watchersShow} loadingLabel={strings.common.loading} people={draft.watchers}
        hasFiles={draft.attachments.length > 0} shareFiles={!!draft.shareFiles} strings={s} classes={classes}
        search={props.services.searchPeople} resolve={resolvePerson} onChange={form.setWatchers} onShareFiles={form.setShareFiles} />
      {data.isAgent ? (
        <React.Suspense fallback={<LoadingState label={strings.common.loading} />}>
          <OnBehalfFields beneficiary={draft.beneficiary} channel={f.channel} strings={strings} classes={classes} search={props.services.searchPeople}
            resolve={resolvePerson} onBeneficiary={form.setBeneficiary} onChannel={channel => form.setField('channel', channel)} />
        </React.Suspense>
      ) : undefined}
      <HoursNote calendarJson={hoursJson} heading={strings.hours.heading} strings={strings.hours} locale={locale} id="hc-form-hours" className={classes.help} whenNear />
      <div className={classes.actions}>
        <PrimaryButton type="submit" text={submitting ? s.submitting : s.submit} disabled={submitting} />
      </div>
    </form>
  );
}
