import * as React from 'react';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { renderPreview, type PreviewRequest } from '../../../../data/config/mailPreview';
import type { MailRole } from '../../../../data/notifications/mailTemplates';
import type { MailTemplate } from '../../../../data/notifications/templates';
import { useHelpCenter } from '../../../common/HelpCenterContext';
import { ThemeText } from '../../../common/ThemeText';
import { formatString } from '../../../common/format';
import { useArticleSanitizer } from '../../../authoring/editor/sanitizerLazy';

const frame = mergeStyles({ border: '1px solid', borderColor: 'inherit', padding: '0 12px', overflowWrap: 'anywhere', minWidth: 0 });

/** Props of {@link MailPreview}. */
export interface MailPreviewProps {
  /** The text as typed. */
  template: MailTemplate;
  /** Whom the template is written for (the link they get). */
  role?: MailRole;
  /** The request it is written with (undefined: none yet). */
  request?: PreviewRequest;
}

/**
 * The mail as the outbox would write it for the latest request (renderMail, the product's frame is in the text),
 * in French or English. The body is HTML: it is shown through the product's sanitiser (DOMPurify's allow-list of
 * the articles: no script, handler, frame, style or `javascript:` link), loaded with the first preview.
 */
export function MailPreview(props: MailPreviewProps): React.ReactElement {
  const { strings, currentUser, siteUrl, locale } = useHelpCenter();
  const sanitize = useArticleSanitizer();
  const s = strings.mailsConfig;
  const [language, setLanguage] = React.useState<'fr' | 'en'>(locale);
  const { template, role, request } = props;
  const rendered = React.useMemo(() => {
    if (!request) return undefined;
    try {
      return renderPreview(template, language, request, role, siteUrl || '', currentUser.displayName);
    } catch (e) {
      // Mustache refuses an unbalanced section: the check says which, the preview waits for the fix.
      return e instanceof Error ? e : new Error(String(e));
    }
  }, [template, language, request, role, siteUrl, currentUser.displayName]);
  return (
    <section aria-labelledby="hc-mail-preview-heading">
      <ThemeText as="h3" variant="mediumPlus" id="hc-mail-preview-heading">{s.previewHeading}</ThemeText>
      <ChoiceGroup label={s.previewLanguage} selectedKey={language} onChange={(_, o) => setLanguage(o && o.key === 'en' ? 'en' : 'fr')}
        options={[{ key: 'fr', text: s.languages.fr }, { key: 'en', text: s.languages.en }]} styles={{ flexContainer: { display: 'flex', gap: 16 } }} />
      {!request ? <ThemeText as="p">{s.previewNone}</ThemeText> : null}
      {request ? <ThemeText as="p" variant="small">{formatString(s.previewWith, request.id, request.title)}</ThemeText> : null}
      {rendered instanceof Error ? <ThemeText as="p">{s.previewFailed}</ThemeText> : null}
      {rendered && !(rendered instanceof Error) ? (
        <>
          <ThemeText as="p" data-testid="mail-preview-subject"><strong>{formatString(s.previewSubject, rendered.subject)}</strong></ThemeText>
          {sanitize ? (
            <section className={frame} aria-label={s.previewFrame} lang={language} dangerouslySetInnerHTML={{ __html: sanitize(rendered.htmlBody, { siteUrl }) }} />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
