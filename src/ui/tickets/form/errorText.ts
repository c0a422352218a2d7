import { IntakeError, extensionOf } from '../../../domain/intake';
import { formatString } from '../../common/format';

/** The translated message of a validation error. */
export function errorText(e: IntakeError, s: IHelpCenterStrings['ticketForm']): string {
  switch (e.code) {
    case 'required': return s.required;
    case 'tooLong': return formatString(s.tooLong, e.limit || 0);
    case 'tooLarge': return formatString(s.fileTooLarge, e.fileName || '', e.limit || 0);
    case 'typeNotAllowed': return formatString(s.fileTypeNotAllowed, e.fileName || '');
    case 'blockedType': return formatString(s.fileBlocked, e.fileName || '');
    case 'emptyFile': return formatString(s.fileEmpty, e.fileName || '');
    case 'duplicateFile': return formatString(s.fileDuplicate, e.fileName || '');
    case 'tooManyFiles': return formatString(s.tooManyFiles, e.limit || 0);
    case 'contentMismatch': return formatString(s.fileContentMismatch, e.fileName || '', extensionOf(e.fileName || '').slice(1).toUpperCase());
    default: return s.required;
  }
}

/** The first error of one field, translated. */
export function fieldError(errors: IntakeError[], field: string, s: IHelpCenterStrings['ticketForm']): string | undefined {
  const e = errors.filter(x => x.field === field)[0];
  return e ? errorText(e, s) : undefined;
}
