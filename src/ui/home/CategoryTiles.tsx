import * as React from 'react';
import { FontIcon } from '@fluentui/react/lib/Icon';
import type { HomeCategory } from '../../data/home/homeModel';
import { topLevelCategories } from '../../data/home/homeModel';
import type { PageLinks } from '../../data/pageLinks';
import { useHelpCenter } from '../common/HelpCenterContext';
import { formatCount } from '../common/format';
import type { HomeClasses } from './homeStyles';

/** Props of {@link CategoryTiles}. */
export interface CategoryTilesProps {
  categories: HomeCategory[];
  /** Published articles per category in the reader's language (its sub-categories included); undefined while the index loads. */
  counts?: Map<number, number>;
  links: PageLinks;
  classes: HomeClasses;
}

/** A tile per top-level category: its icon, its name in the reader's language and its article count, opening the knowledge page filtered on it. */
export function CategoryTiles(props: CategoryTilesProps): React.ReactElement {
  const { strings, locale } = useHelpCenter();
  const s = strings.home;
  const c = props.classes;
  const tiles = topLevelCategories(props.categories);
  if (!tiles.length) return <></>;
  return (
    <section className={c.section} aria-labelledby="hc-home-categories">
      <h3 id="hc-home-categories" className={c.sectionHeading}>{s.categoriesHeading}</h3>
      <ul className={c.tiles}>
        {tiles.map(k => {
          const count = props.counts ? props.counts.get(k.id) || 0 : undefined;
          return (
            <li key={k.id}>
              <a className={c.tile} href={props.links.knowledge({ categoryId: k.id })}>
                <FontIcon iconName={k.icon || 'Help'} className={c.tileIcon} aria-hidden="true" />
                <span>
                  <span className={c.tileName}>{locale === 'en' ? k.titleEn : k.titleFr}</span>
                  <span className={c.tileCount}>{count === undefined ? s.articleCountLoading : formatCount(locale, count, s.articleCount)}</span>
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
