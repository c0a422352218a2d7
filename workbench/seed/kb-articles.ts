/**
 * The benchmark's knowledge base (data/kb, 131 versions) written next to the article pairs of data/articles
 * (30 versions) — the kb folder was written on top of those pairs, without the same topics — so the workbench
 * shows the 161 articles the search benchmark measures. What the kb texts do not carry (kind, owner, review
 * date, popularity) is derived deterministically from each article's key: the same seed gives the same data.
 */
import type { ArticleKind } from '../../src/domain/vocabulary';
import { ARTICLES } from './data/articles';
import type { CategoryKey } from './data/categories';
import { KB_ARTICLES, type KbArticle } from './data/kb';
import { CONTRIBUTOR_MEMBERS, publisherOf, type CastKey } from './data/people';
import type { ArticleWrite } from './payloads';
import type { SeedIds } from './reference';
import { SeedWriter } from './writer';

const DAY_MS = 24 * 3600 * 1000;

/** FNV-1a hash of a key: a stable pseudo-random number per article. */
export function keyHash(key: string): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}

/** The pair key shared by the French and English versions ('vpn-setup-fr' -> 'vpn-setup'). */
/**
 * When an article (both its languages) was last written: 3 to 332 days before the seed date, fixed by its key,
 * so that "recently updated" means something and the dates read like a living knowledge base.
 */
export function articleUpdatedAt(key: string, now: Date): Date {
  return new Date(now.getTime() - ((keyHash(key) >>> 9) % 330 + 3) * DAY_MS - (keyHash(key) % 600) * 60000);
}

export function baseKey(a: KbArticle): string {
  return a.key.replace(/-(fr|en)$/, '');
}

/** Kind from the title: a problem statement is troubleshooting, an instruction a how-to, the rest a FAQ. */
export function kbKind(a: KbArticle): ArticleKind {
  const title = a.title.toLowerCase();
  if (/ne .*pas|n'.*pas|refus|bloqu|erreur|lent|plein|introuvable|bourrage|perte|vol |infect|not |won't|can't|error|slow|lost|missing|panne/.test(title)) return 'troubleshooting';
  if (/^(que |quel|qu'|what |why |comprendre|charte|logiciels disponibles|internet dans)/.test(title)) return 'faq';
  return 'howto';
}

/** The contributor responsible: whoever owns most article pairs of the category, else one of the contributors. */
export function kbOwner(category: CategoryKey, key: string): CastKey {
  const owners = ARTICLES.filter(p => p.category === category).map(p => p.owner);
  if (owners.length) return owners.sort((x, y) => owners.filter(o => o === y).length - owners.filter(o => o === x).length || (x < y ? -1 : 1))[0];
  return CONTRIBUTOR_MEMBERS[keyHash(key) % CONTRIBUTOR_MEMBERS.length];
}

/** Views, helpful and not-helpful votes: plausible, fewer for the English versions, stable per pair. */
export function kbStats(a: KbArticle): [number, number, number] {
  const h = keyHash(baseKey(a));
  const views = Math.round((20 + (h % 260)) * (a.language === 'en' ? 0.3 : 1));
  const helpful = Math.round(views * (0.08 + ((h >>> 9) % 10) / 100));
  const notHelpful = Math.round(helpful * (((h >>> 17) % 30) / 100));
  return [views, helpful, notHelpful];
}

/** Days to the next review, from 30 days overdue to about eight months ahead. */
export function kbReviewInDays(a: KbArticle): number {
  return (keyHash(baseKey(a)) >>> 5) % 270 - 30;
}

function fields(a: KbArticle, now: Date, ids: Omit<SeedIds, 'articles'>): Partial<ArticleWrite> {
  const [views, helpful, notHelpful] = kbStats(a);
  return {
    Title: a.title, HCSummary: a.summary, HCBody: a.body, HCKeywords: a.keywords.join(', '), HCQuestions: a.questions.join('\n'),
    HCCategoryId: ids.categories[a.category], HCLanguage: a.language, HCArticleKind: kbKind(a), HCStatus: 'published',
    HCReviewDate: `${new Date(now.getTime() + kbReviewInDays(a) * DAY_MS).toISOString().slice(0, 10)}T00:00:00Z`,
    HCOwnerId: ids.people[kbOwner(a.category, baseKey(a))], HCViews: views, HCHelpful: helpful, HCNotHelpful: notHelpful,
    // The reviewer who publishes that owner's articles (they write each article as that reviewer).
    HCPublishedById: ids.people[publisherOf(kbOwner(a.category, baseKey(a)))],
    // Published when last updated (the seed writes each article once, at that time).
    HCPublishedAt: articleUpdatedAt(baseKey(a), now).toISOString()
  };
}

/**
 * Writes the kb articles, each owned by its contributor and published by a reviewer: originals first, then
 * translations pointing at them, then the links back.
 */
export async function seedKbArticles(w: SeedWriter, now: Date, ids: Omit<SeedIds, 'articles'>): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const owners = KB_ARTICLES.map(a => kbOwner(a.category, baseKey(a))).filter((o, i, all) => all.indexOf(o) === i);
  await Promise.all(owners.map(async owner => {
    const mine = KB_ARTICLES.filter(a => kbOwner(a.category, baseKey(a)) === owner);
    const originals = mine.filter(a => !a.translationOf);
    const when = (a: KbArticle): Date => articleUpdatedAt(baseKey(a), now);
    const originalIds = await w.addItems(publisherOf(owner), 'KnowledgeArticles', originals.map(a => fields(a, now, ids)), i => when(originals[i]));
    originals.forEach((a, i) => { out[a.key] = originalIds[i]; });
    const translations = mine.filter(a => !!a.translationOf);
    for (const t of translations) if (out[t.translationOf!] === undefined) throw new Error(`${t.key} translates ${t.translationOf}, which another owner writes`);
    const translationIds = await w.addItems(publisherOf(owner), 'KnowledgeArticles', translations.map(a => ({ ...fields(a, now, ids), HCTranslationOfId: out[a.translationOf!] })),
      i => when(translations[i]));
    translations.forEach((a, i) => { out[a.key] = translationIds[i]; });
    await w.updateItems(publisherOf(owner), 'KnowledgeArticles', translations.map(a => ({ id: out[a.translationOf!], payload: { HCTranslationOfId: out[a.key] }, at: when(a) })));
  }));
  return out;
}
