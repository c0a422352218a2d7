// Types of fr-fr.js when a feature chunk imports it (src/webparts/common/featureStrings.ts).
declare const strings: IHelpCenterDeskStrings;
export = strings;
