import type { PartialTheme } from '@fluentui/react/lib/Theme';

/**
 * Fluent themes for Teams' own themes, which SharePoint does not pass to a web part shown in Teams (its theme is the
 * root site's): dark, and high contrast (black, white text, yellow accents). Loaded only in Teams, when not default.
 */
const DARK: PartialTheme = {
  isInverted: true,
  palette: {
    themePrimary: '#479ef5', themeLighterAlt: '#03060a', themeLighter: '#0b1927', themeLight: '#152f49', themeTertiary: '#2b5f92',
    themeSecondary: '#3e8bd6', themeDarkAlt: '#59a8f6', themeDark: '#74b6f7', themeDarker: '#9ccaf9',
    neutralLighterAlt: '#262626', neutralLighter: '#2f2f2f', neutralLight: '#3d3d3d', neutralQuaternaryAlt: '#464646', neutralQuaternary: '#4d4d4d',
    neutralTertiaryAlt: '#6b6b6b', neutralTertiary: '#c8c8c8', neutralSecondary: '#d0d0d0', neutralPrimaryAlt: '#dadada', neutralPrimary: '#ffffff',
    neutralDark: '#f4f4f4', black: '#f8f8f8', white: '#1f1f1f'
  },
  // Message bars keep light backgrounds unless told: dark ones, white text.
  semanticColors: {
    messageText: '#ffffff', messageLink: '#74b6f7', messageLinkHovered: '#9ccaf9', infoBackground: '#2f2f2f', errorBackground: '#442726',
    blockingBackground: '#442726', severeWarningBackground: '#4f2a0f', warningBackground: '#433519', successBackground: '#393d1b'
  }
};

const CONTRAST: PartialTheme = {
  isInverted: true,
  palette: {
    themePrimary: '#ffff00', themeLighterAlt: '#000000', themeLighter: '#1a1a00', themeLight: '#333300', themeTertiary: '#999900',
    themeSecondary: '#e6e600', themeDarkAlt: '#ffff33', themeDark: '#ffff66', themeDarker: '#ffff99',
    neutralLighterAlt: '#0a0a0a', neutralLighter: '#141414', neutralLight: '#262626', neutralQuaternaryAlt: '#303030', neutralQuaternary: '#3a3a3a',
    neutralTertiaryAlt: '#5c5c5c', neutralTertiary: '#e0e0e0', neutralSecondary: '#f0f0f0', neutralPrimaryAlt: '#f8f8f8', neutralPrimary: '#ffffff',
    neutralDark: '#ffffff', black: '#ffffff', white: '#000000'
  },
  semanticColors: {
    messageText: '#ffffff', messageLink: '#ffff00', messageLinkHovered: '#ffff66', infoBackground: '#000000', errorBackground: '#000000',
    blockingBackground: '#000000', severeWarningBackground: '#000000', warningBackground: '#000000', successBackground: '#000000'
  }
};

/** The Fluent theme of a Teams theme; undefined for Teams' default (light) theme: the site's theme applies. */
export function teamsTheme(name: 'default' | 'dark' | 'contrast'): PartialTheme | undefined {
  return name === 'dark' ? DARK : name === 'contrast' ? CONTRAST : undefined;
}
