// Types of en-us.js when a feature chunk imports it (src/webparts/common/featureStrings.ts).
declare const strings: IHelpCenterMyTicketsStrings;
export = strings;
