// Jest runs CommonJS: the editor's deep imports of roosterjs plugins (ES modules, lib-mjs, chosen for the bundle's
// size) are given their CommonJS build (lib), the same code. Imported first by the editor's tests.
jest.mock('roosterjs-content-model-plugins/lib-mjs/paste/PastePlugin', () => jest.requireActual('roosterjs-content-model-plugins/lib/paste/PastePlugin'));
jest.mock('roosterjs-content-model-plugins/lib-mjs/shortcut/ShortcutPlugin', () => jest.requireActual('roosterjs-content-model-plugins/lib/shortcut/ShortcutPlugin'));
jest.mock('roosterjs-content-model-plugins/lib-mjs/edit/EditPlugin', () => jest.requireActual('roosterjs-content-model-plugins/lib/edit/EditPlugin'));
export {};
