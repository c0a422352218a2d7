// Types of fr-fr.js when a feature chunk imports it (src/ui/common/featureStrings.ts).
declare const strings: IHelpCenterConfigSettingsStrings;
export = strings;
