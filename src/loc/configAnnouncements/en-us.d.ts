// Types of en-us.js when a feature chunk imports it (src/ui/common/featureStrings.ts).
declare const strings: IHelpCenterConfigAnnouncementsStrings;
export = strings;
