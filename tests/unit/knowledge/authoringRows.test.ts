// The authoring data layer's pure mappers (issue 14): a row's text and back, the body's image links moved from the
// draft's attachments to the article's, and the mails' review date in words.
import { contentOf, contentValues } from '../../../src/data/knowledge/authoring/rows';
import { relinkFiles } from '../../../src/data/knowledge/authoring/publication';
import { dayInWords } from '../../../src/data/knowledge/authoring/mails';

describe('contentOf / contentValues', () => {
  it.each([
    [{ Title: 'Wifi', HCKeywords: 'wifi, eduroam ,', HCQuestions: 'Pas de réseau\r\n\nConnexion refusée', HCCategoryId: 3, HCArticleKind: 'howto', HCReviewDate: '2027-01-05T00:00:00Z' },
      { title: 'Wifi', summary: '', bodyHtml: '', keywords: ['wifi', 'eduroam'], questions: ['Pas de réseau', 'Connexion refusée'], categoryId: 3, kind: 'howto', reviewDate: '2027-01-05' }],
    [{ Title: null, HCCategoryId: null, HCArticleKind: null }, { title: '', summary: '', bodyHtml: '', keywords: [], questions: [], categoryId: undefined, kind: 'faq', reviewDate: undefined }]
  ])('reads %j', (row, content) => {
    expect(contentOf(row as never)).toEqual(content);
  });

  it('writes what it reads (empty values cleared, the review date at midnight UTC)', () => {
    const c = contentOf({ Title: ' Wifi ', HCKeywords: 'a, b', HCQuestions: 'q1\nq2', HCCategoryId: 2, HCArticleKind: 'faq', HCReviewDate: '2027-01-05T00:00:00Z' } as never);
    expect(contentValues(c)).toEqual({
      Title: 'Wifi', HCSummary: '', HCBody: '', HCKeywords: 'a, b', HCQuestions: 'q1\nq2', HCCategoryId: 2, HCArticleKind: 'faq', HCReviewDate: '2027-01-05T00:00:00Z'
    });
    expect(contentValues({ ...c, categoryId: undefined, reviewDate: undefined })).toMatchObject({ HCCategoryId: null, HCReviewDate: null });
  });
});

describe('relinkFiles', () => {
  const from = [{ name: 'capture écran.png', url: '/sites/aide/Lists/KnowledgeDrafts/Attachments/7/capture écran.png' }];
  const to = [{ name: 'capture écran.png', url: '/sites/aide/Lists/KnowledgeArticles/Attachments/42/capture écran.png' }];
  it.each([
    ['server-relative', '<img src="/sites/aide/Lists/KnowledgeDrafts/Attachments/7/capture écran.png">', '<img src="/sites/aide/Lists/KnowledgeArticles/Attachments/42/capture écran.png">'],
    ['absolute', '<img src="https://x.sharepoint.com/sites/aide/Lists/KnowledgeDrafts/Attachments/7/capture écran.png">',
      '<img src="https://x.sharepoint.com/sites/aide/Lists/KnowledgeArticles/Attachments/42/capture écran.png">'],
    ['encoded', '<img src="/sites/aide/Lists/KnowledgeDrafts/Attachments/7/capture%20%C3%A9cran.png">', '<img src="/sites/aide/Lists/KnowledgeArticles/Attachments/42/capture%20%C3%A9cran.png">'],
    ['another file left alone', '<img src="/sites/aide/Lists/KnowledgeDrafts/Attachments/7/autre.png">', '<img src="/sites/aide/Lists/KnowledgeDrafts/Attachments/7/autre.png">']
  ])('%s', (_case, html, expected) => {
    expect(relinkFiles(html, from, to)).toBe(expected);
  });
});

describe('dayInWords', () => {
  it.each([
    ['2027-03-10', { fr: '10 mars 2027', en: '10 March 2027' }],
    ['2026-12-31T00:00:00Z', { fr: '31 décembre 2026', en: '31 December 2026' }],
    ['pas une date', { fr: 'pas une date', en: 'pas une date' }]
  ])('%s', (day, words) => {
    expect(dayInWords(day)).toEqual(words);
  });
});
