export * from './HelpCenterContext';
export { ErrorBoundary } from './ErrorBoundary';
export type { ErrorBoundaryProps } from './ErrorBoundary';
export { LoadingState } from './LoadingState';
export { EmptyState } from './EmptyState';
export { LiveRegion } from './LiveRegion';
export { HelpCenterRoot } from './HelpCenterRoot';
export { formatString, formatCount } from './format';
export { UserText } from './UserText';
