/** `/sites/helpcenter/SitePages/Articles.aspx`: the ArticleEditor web part's feature (contributors and reviewers). */
import { articleEditorFeature } from '../../../src/webparts/articleEditor/articleEditorFeature';
import { mountFeature } from '../runtime/feature';
import { mountHelpBar } from '../runtime/helpBar';

mountHelpBar();
mountFeature((s) => s.workbench.articlesTitle, 'authoring', articleEditorFeature, { helpCenterSiteUrl: '' });
