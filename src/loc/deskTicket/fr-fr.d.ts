// Types of fr-fr.js when a chunk imports it (src/ui/common/featureStrings.ts).
declare const strings: IHelpCenterDeskTicketStrings;
export = strings;
