// The experts directory's address (pageLinks.experts / expertsQueryFromUrl): a link reproduces the view.
import { expertsQueryFromUrl, pageLinks, type ExpertsQuery } from '../../../src/data/pageLinks';

const links = pageLinks('https://contoso.sharepoint.com/sites/helpcenter');

describe('the experts directory\'s address', () => {
  it.each<[string, ExpertsQuery]>([
    ['nothing', {}],
    ['a category and words', { categoryId: 12, text: 'moodle quiz & co' }],
    ['every filter and the order', { categoryId: 3, text: 'réseau', language: 'en', availability: 'busy', sort: 'name' }]
  ])('%s survives the round trip', (_name, query) => {
    const url = links.experts(query);
    expect(url.startsWith('https://contoso.sharepoint.com/sites/helpcenter/SitePages/Experts.aspx')).toBe(true);
    expect(expertsQueryFromUrl(url.slice(url.indexOf('?') >= 0 ? url.indexOf('?') : url.length))).toEqual(query);
  });

  it.each<[string, ExpertsQuery]>([
    ['?lang=de&avail=sleeping&sort=random&category=abc', {}],
    ['?q=%20%20wifi%20', { text: 'wifi' }],
    [`?q=${'x'.repeat(300)}`, { text: 'x'.repeat(200) }]
  ])('ignores what it does not know: %s', (search, query) => {
    expect(expertsQueryFromUrl(search)).toEqual(query);
  });
});
