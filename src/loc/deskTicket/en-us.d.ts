// Types of en-us.js when a chunk imports it (src/ui/common/featureStrings.ts).
declare const strings: IHelpCenterDeskTicketStrings;
export = strings;
