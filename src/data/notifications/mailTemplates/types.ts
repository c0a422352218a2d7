import type { MailTemplate } from '../templates';
import type { MailRole } from './frame';

/**
 * One event template's texts: `base` is stored under `<template>` and read by any role without its own text
 * (`baseRole` says whom it is written for: the requester for most); `roles` are stored under `<template>.<role>`.
 */
export interface TemplateFamily {
  baseRole: MailRole;
  base: MailTemplate;
  roles: { [R in MailRole]?: MailTemplate };
}
