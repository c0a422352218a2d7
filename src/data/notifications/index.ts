export * from './types';
export * from './templates';
export { NotificationOutbox } from './NotificationOutbox';
export type { TemplateSource } from './NotificationOutbox';
export { isDuplicateValueError, isPreconditionFailed } from '../sp/errors';
export { odataString } from '../sp/odata';
export { settingsTemplateSource } from './templateSource';
