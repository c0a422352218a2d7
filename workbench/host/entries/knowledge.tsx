/** `/sites/helpcenter/SitePages/Knowledge.aspx`: the KnowledgeSearch web part's feature with its default properties. */
import { knowledgeFeature } from '../../../src/webparts/knowledgeSearch/knowledgeFeature';
import { mountFeature } from '../runtime/feature';
import { mountHelpBar } from '../runtime/helpBar';

mountHelpBar();
// As the web part with its default provider ('auto': the local index up to 5,000 articles).
mountFeature((s) => s.workbench.knowledgeTitle, 'knowledge', knowledgeFeature, { helpCenterSiteUrl: '', ticketFormUrl: '', resultCount: 10, provider: 'auto' });
