export { LocationRepository, LocationConflictError, LocationInUseError, LocationInvalidError } from './LocationRepository';
export type { LocationPager, LocationQuery } from './LocationRepository';
export { importLocations, exportLocations, previewImport, IMPORT_BATCH_SIZE } from './locationImportWriter';
export type { ImportOutcome } from './locationImportWriter';
export type { LocationView, LocationVersion } from './locationRows';
export { CategoryRepository, CategoryConflictError, CategoryInUseError, CategoryInvalidError } from './CategoryRepository';
export type { IconCheck } from './CategoryRepository';
export type { CategoryTeam, CategoryVersion, CategoryView } from './categoryRows';
