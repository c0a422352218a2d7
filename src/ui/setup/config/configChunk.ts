// The configuration area's chunk (help-center-config-locations): loaded after the set-up page's first render, and
// only for people who may edit the rooms, services and equipment.
export { AreasNav } from './AreasNav';
export { LocationsArea } from './LocationsArea';
