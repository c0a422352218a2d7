import { FontWeights, getTheme, mergeStyles } from '@fluentui/react/lib/Styling';

/** The calendar's sub-headings (week, holidays, exam periods): the theme's mediumPlus size, semibold. */
export const subHeading = mergeStyles(getTheme().fonts.mediumPlus, { fontWeight: FontWeights.semibold, margin: '12px 0 4px' });
