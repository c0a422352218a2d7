/**
 * Writes the reference data (people, group membership, teams, categories, locations, settings), the
 * knowledge base and the experts/announcements, each as the person who would write it.
 */
import { HELP_CENTER_GROUPS } from '../../src/data/schema';
import { TeamRepository } from '../../src/data/config/TeamRepository';
import { CategoryRepository } from '../../src/data/config/CategoryRepository';
import { LocationRepository } from '../../src/data/config/LocationRepository';
import { SettingRepository } from '../../src/data/config/SettingRepository';
import { MailTemplateRepository } from '../../src/data/config/MailTemplateRepository';
import { AnnouncementRepository } from '../../src/data/config/AnnouncementRepository';
import { ProblemRepository } from '../../src/data/desk/ProblemRepository';
import { ATTACHMENTS, DELAYS, type SettingCodec } from '../../src/domain/config/settingRules';
import { CONTACT, DESK, HOURS, SYNONYMS } from '../../src/domain/config/settingTextRules';
import { dayOf, timeOf } from '../../src/domain/config/announcementRules';
import type { MailTemplate } from '../../src/data/notifications/templates';
import type { PriorityHoursDraft } from '../../src/domain/config/categoryRules';
import type { TicketPriority } from '../../src/domain/vocabulary';
import { DEMO_GROUPS, claimsOf, loginNameOf } from '../server/directory';
import { addHours, isoSeconds } from './clock';
import { ANNOUNCEMENTS, EXPERTS } from './data/community';
import { ARTICLES, ArticlePairSeed } from './data/articles';
import { CATEGORIES, CategoryKey, CategorySeed } from './data/categories';
import { EQUIPMENT, LOCATIONS } from './data/locations';
import { CAST, CastKey, CONTRIBUTOR_MEMBERS, publisherOf, MANAGER_MEMBERS, REFERENT_MEMBERS, REVIEWER_MEMBERS, SUPPORT_DIRECTORY_GROUPS, SUPPORT_MEMBERS } from './data/people';
import { SETTINGS } from './data/settings';
import { TEAMS, TeamKey } from './data/teams';
import { displayName } from './generate';
import { SeedWriter } from './writer';
import { articleUpdatedAt } from './kb-articles';

/** SharePoint ids of what the seed created, by seed key. */
export interface SeedIds {
  people: Record<CastKey, number>;
  teams: Record<TeamKey, number>;
  categories: Record<CategoryKey, number>;
  locations: Record<string, number>;
  /** Article ids per pair key and language. */
  articles: Record<string, { fr: number; en: number }>;
}

const DAY_MS = 24 * 3600 * 1000;

/** Resolves every cast member to a site user id (ensureuser, as the owner). */
export async function ensurePeople(w: SeedWriter): Promise<Record<CastKey, number>> {
  const keys = Object.keys(CAST) as CastKey[];
  const users = await w.batch('owner', sp => keys.map(k => sp.web.ensureUser(loginNameOf(CAST[k]))));
  const out = {} as Record<CastKey, number>;
  keys.forEach((k, i) => { out[k] = users[i].Id; });
  return out;
}

/** The claim of a directory security group, by display name. */
function groupLoginName(displayName: string): string {
  const group = DEMO_GROUPS.filter(g => g.displayName === displayName)[0];
  if (!group) throw new Error(`The demo directory has no group ${displayName}`);
  return claimsOf(group)[0].loginName;
}

/**
 * Puts the agents in the support group (people, and the Entra ID group of the L2 agents) and the writers in the
 * contributors group (created by provisioning).
 */
export async function fillGroups(w: SeedWriter): Promise<void> {
  const members: [string, readonly CastKey[]][] = [['support', SUPPORT_MEMBERS], ['contributors', CONTRIBUTOR_MEMBERS], ['reviewers', REVIEWER_MEMBERS], ['referents', REFERENT_MEMBERS], ['managers', MANAGER_MEMBERS]];
  await w.batch('owner', sp => {
    const requests: Promise<unknown>[] = [];
    for (const [key, people] of members) {
      const group = HELP_CENTER_GROUPS.filter(g => g.key === key)[0];
      if (!group) throw new Error(`The schema has no ${key} group`);
      // PnPjs puts the name in the URL as is; an OData string literal doubles its quotes ("centre d''aide").
      const byName = sp.web.siteGroups.getByName(group.title.replace(/'/g, '\'\''));
      for (const p of people) requests.push(byName.users.add(loginNameOf(CAST[p])));
      // An Entra ID group in a SharePoint group: its members get the group's permissions, not its membership.
      if (key === 'support') for (const g of SUPPORT_DIRECTORY_GROUPS) requests.push(byName.users.add(groupLoginName(g)));
    }
    return requests;
  });
}

/** A category's targets per priority as an owner types them in the categories area. */
function priorityHoursOf(c: CategorySeed): PriorityHoursDraft {
  const out: PriorityHoursDraft = {};
  (Object.keys(c.slaByPriority || {}) as TicketPriority[]).forEach(p => {
    const t = c.slaByPriority![p]!;
    out[p] = { firstResponseHours: t.firstResponseHours ? String(t.firstResponseHours) : '', resolutionHours: t.resolutionHours ? String(t.resolutionHours) : '' };
  });
  return out;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const SETTING_CODECS: readonly SettingCodec<any>[] = [DELAYS, ATTACHMENTS, CONTACT, DESK, SYNONYMS, HOURS];
const TEMPLATE_PREFIX = 'notifications.template.';

/** Teams, categories, locations and settings, as the site owner. */
export async function seedReferenceData(w: SeedWriter, people: Record<CastKey, number>): Promise<Omit<SeedIds, 'people' | 'articles'>> {
  // Teams through the set-up page's own repository (issue 18: the demo's configuration is entered through the same
  // services): each checked as an owner's would be — its calendar by the SLA module's parser — and written as the owner.
  const teams = {} as Record<TeamKey, number>;
  const teamRepository = new TeamRepository(w.sp('owner'));
  for (const t of TEAMS) {
    const draft = { title: t.title, titleEn: t.titleEn, level: t.level, memberIds: t.members.map(m => people[m]), queueEmail: t.queueEmail, calendar: t.calendar };
    teams[t.key] = (await teamRepository.add(draft)).id;
  }

  // Categories too (parents first, each level in its order: the repository places a new category last among its
  // siblings), each checked as the categories area checks an owner's (names, team, fields, targets, community).
  const categories = {} as Record<CategoryKey, number>;
  const categoryRepository = new CategoryRepository(w.sp('owner'));
  for (const level of [CATEGORIES.filter(c => !c.parent), CATEGORIES.filter(c => !!c.parent)]) {
    for (const c of level.slice().sort((a, b) => a.sortOrder - b.sortOrder)) {
      categories[c.key] = (await categoryRepository.add({
        titleFr: c.title, titleEn: c.titleEn, parentId: c.parent ? categories[c.parent] : undefined, icon: c.icon, defaultTeamId: teams[c.team],
        formFields: c.formFields.slice(), requiredFields: c.requiredFields.slice(), firstResponseHours: String(c.firstResponseHours),
        resolutionHours: String(c.resolutionHours), approvalRequired: c.approvalRequired, priorityHours: priorityHoursOf(c),
        approver: c.approver ? { id: people[c.approver], displayName: displayName(c.approver), email: CAST[c.approver] } : undefined,
        communityUrl: c.community ? c.community.url : '', communityName: c.community ? c.community.name : ''
      })).id;
    }
  }

  // Rooms and services, then the equipment in them, through the rooms area's repository (each checked: kind, name
  // unique in its building, the room an equipment names).
  const locations: Record<string, number> = {};
  const locationRepository = new LocationRepository(w.sp('owner'));
  for (const l of [...LOCATIONS.filter(x => x.kind !== 'equipment'), ...EQUIPMENT]) {
    locations[l.key] = (await locationRepository.add({
      title: l.title, kind: l.kind, building: l.building, roomId: l.room ? locations[l.room] : undefined, assetTag: l.assetTag || ''
    })).id;
  }

  // Settings through the settings area's codecs and the mails area's repository: a key an owner already set is kept.
  const settingRepository = new SettingRepository(w.sp('owner'));
  const mailRepository = new MailTemplateRepository(w.sp('owner'));
  for (const s of SETTINGS) {
    const codec = SETTING_CODECS.filter(c => c.key === s.key)[0];
    if (codec) {
      const read = await settingRepository.get(s.key);
      if (read.id === undefined) await settingRepository.save(codec, read, codec.read(s.value).form);
    } else if (s.key.indexOf(TEMPLATE_PREFIX) === 0) {
      const read = await mailRepository.get(s.key.slice(TEMPLATE_PREFIX.length));
      if (read.id === undefined) await mailRepository.save(read, JSON.parse(s.value) as MailTemplate);
    } else {
      throw new Error(`The demo setting ${s.key} has no area that writes it.`);
    }
  }
  return { teams, categories, locations };
}

function articleFields(a: ArticlePairSeed, lang: 'fr' | 'en', now: Date, ids: Omit<SeedIds, 'articles'>) {
  const text = a[lang];
  const [views, helpful, notHelpful] = a.stats[lang];
  return {
    Title: text.title, HCSummary: text.summary, HCBody: text.body, HCKeywords: text.keywords.join(', '), HCQuestions: text.questions.join('\n'),
    HCCategoryId: ids.categories[a.category], HCLanguage: lang, HCArticleKind: a.kind, HCStatus: 'published' as const,
    HCReviewDate: `${new Date(now.getTime() + a.reviewInDays * DAY_MS).toISOString().slice(0, 10)}T00:00:00Z`,
    HCOwnerId: ids.people[a.owner], HCViews: views, HCHelpful: helpful, HCNotHelpful: notHelpful,
    // Written by the reviewer who publishes the owner's articles (proven expertise: articles reviewed).
    HCPublishedById: ids.people[publisherOf(a.owner)]
  };
}

/**
 * The article pairs, each owned by its contributor (HCOwner) and published by a reviewer (only reviewers and owners
 * write KnowledgeArticles): French first, then English pointing at it, then the link back.
 */
export async function seedArticles(w: SeedWriter, now: Date, ids: Omit<SeedIds, 'articles'>): Promise<SeedIds['articles']> {
  const out: SeedIds['articles'] = {};
  const owners = ARTICLES.map(a => a.owner).filter((o, i, all) => all.indexOf(o) === i);
  await Promise.all(owners.map(async owner => {
    const pairs = ARTICLES.filter(a => a.owner === owner);
    const when = (i: number): Date => articleUpdatedAt(pairs[i].key, now);
    const fr = await w.addItems(publisherOf(owner), 'KnowledgeArticles', pairs.map(a => articleFields(a, 'fr', now, ids)), when);
    const en = await w.addItems(publisherOf(owner), 'KnowledgeArticles', pairs.map((a, i) => ({ ...articleFields(a, 'en', now, ids), HCTranslationOfId: fr[i] })), when);
    await w.updateItems(publisherOf(owner), 'KnowledgeArticles', pairs.map((_, i) => ({ id: fr[i], payload: { HCTranslationOfId: en[i] }, at: when(i) })));
    pairs.forEach((a, i) => { out[a.key] = { fr: fr[i], en: en[i] }; });
  }));
  return out;
}

/** Experts (each writes their own entry, listed or not) and announcements (the technical team publishes them). */
export async function seedCommunity(w: SeedWriter, now: Date, ids: SeedIds, problems: Record<string, { id: number; openedAt: Date }>): Promise<void> {
  await Promise.all(EXPERTS.map(e => w.addItems(e.who, 'Experts', [{
    Title: displayName(e.who), HCPersonId: ids.people[e.who], HCSkills: e.skills.join(', '), HCCategoriesId: e.categories.map(c => ids.categories[c]),
    HCLanguages: e.languages, HCBio: e.bio, HCAvailability: e.availability,
    HCListed: e.listed, HCConsentAt: e.listed ? isoSeconds(new Date(now.getTime() - (e.consentDaysAgo || 0) * DAY_MS)) : null
  }])));
  // Announcements as the technical team publishes them: a known incident from its problem ticket (the desk's path),
  // the others through the announcements area's repository (checked like an agent's).
  const announcements = new AnnouncementRepository(w.sp('marc'));
  const fromProblems = new ProblemRepository(w.sp('marc'));
  for (const a of ANNOUNCEMENTS) {
    const problem = a.problemRef ? problems[a.problemRef] : undefined;
    const end = addHours(now, a.endInHours);
    if (problem) {
      // A known incident is announced from the moment its problem was opened.
      await fromProblems.publishAnnouncement({ problemId: problem.id, title: a.title, body: a.body, severity: a.severity, language: a.language, start: problem.openedAt, end });
    } else {
      const start = addHours(now, a.startInHours);
      await announcements.add({
        title: a.title, body: a.body, severity: a.severity, audience: 'everyone', language: a.language,
        startDay: dayOf(start), startTime: timeOf(start), endDay: dayOf(end), endTime: timeOf(end)
      }, now);
    }
  }
}
