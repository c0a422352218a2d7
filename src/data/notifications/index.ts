export * from './types';
export * from './templates';
export { NotificationOutbox } from './NotificationOutbox';
export type { TemplateSource } from './NotificationOutbox';
export { isDuplicateValueError, isPreconditionFailed, odataString } from './spErrors';
export { settingsTemplateSource } from './templateSource';
