/** Field types the help center uses, named as SharePoint's Field XML `Type` attribute. */
export type FieldKind =
  | 'Text' | 'Note' | 'Choice' | 'MultiChoice' | 'Number' | 'Integer' | 'Boolean' | 'DateTime'
  | 'Lookup' | 'LookupMulti' | 'User' | 'UserMulti' | 'URL';

/** A text in the two languages of the help center. */
export interface LocalizedText {
  /** French (default). */
  fr: string;
  /** English. */
  en: string;
}

/** One column of a help-center list. */
export interface FieldDefinition {
  /** Internal name, `HC`-prefixed so it never collides with site columns. */
  name: string;
  /** Display name in both languages (SharePoint gets the French one; English goes to the README). */
  title: LocalizedText;
  /** SharePoint field type. */
  kind: FieldKind;
  /** Required in forms (SharePoint's REST does not enforce it; our forms do). */
  required?: boolean;
  /** Indexed: every column used in a $filter or $orderby on a list that can grow must be. */
  indexed?: boolean;
  /**
   * EnforceUniqueValues (requires indexed). Never on a list with readSecurity 2: SharePoint refuses unique columns
   * there, so idempotency on those lists comes from reading one's own items first.
   */
  unique?: boolean;
  /** Allowed values for Choice/MultiChoice (stable codes; labels are in src/loc). */
  choices?: readonly string[];
  /** Default value. */
  defaultValue?: string;
  /** Target list name for Lookup/LookupMulti. */
  lookupList?: string;
  /** Rich text for Note fields (bodies are sanitized HTML). */
  richText?: boolean;
  /** Date only (no time) for DateTime fields. */
  dateOnly?: boolean;
  /** Max length for Text fields (SharePoint's maximum is 255). */
  maxLength?: number;
  /** Why the field exists, for the README tables. */
  description: string;
}

/** A principal that list permissions talk about; resolved to real groups by provisioning. */
export type PrincipalKey = 'owners' | 'members' | 'visitors' | 'support' | 'contributors' | 'reviewers' | 'referents' | 'managers';

/** A role a principal receives on a list with unique permissions. */
export type RoleKey = 'fullControl' | 'contribute' | 'read' | 'supportAgent' | 'addOnly' | 'supportReader' | 'requester' | 'subscriptionKeeper';

/** One role assignment on a list with unique permissions. */
export interface ListGrant {
  /** Who. */
  principal: PrincipalKey;
  /** What they may do. */
  role: RoleKey;
}

/** One help-center list. */
export interface ListDefinition {
  /** List title and URL segment (`Lists/<name>`); also the key used by lookups. */
  name: string;
  /** What the list holds, in both languages (used as list description). */
  description: LocalizedText;
  /** Whether Title is required (it is hidden from forms when false). */
  titleRequired: boolean;
  /** Display name of the Title column. */
  titleLabel: LocalizedText;
  /** The list's own columns, in form order. */
  fields: readonly FieldDefinition[];
  /** Built-in columns to index (Author for ReadSecurity=2 lists that grow, Created/Modified for delta sync and reports). */
  indexedBuiltIns: readonly ('Title' | 'Author' | 'Created' | 'Modified')[];
  /** Version history on: ticket history comes from it. */
  versioning: boolean;
  /** Attachments allowed. */
  attachments: boolean;
  /** 1 = read all items, 2 = read only own items (Override List Behaviors bypasses). */
  readSecurity: 1 | 2;
  /** 1 = edit all, 2 = create and edit own only, 4 = none. */
  writeSecurity: 1 | 2 | 4;
  /**
   * SP.List.NoCrawl: the search crawler skips the list, so its items never appear in SharePoint Search (the tenant's,
   * Copilot's or the help center's own provider), whatever the query. On for every list holding private data.
   */
  noCrawl: boolean;
  /** Unique permissions (the site's inheritance is broken and only these grants remain), or inherit. */
  grants?: readonly ListGrant[];
}

/** A SharePoint group the help center needs. */
export interface GroupDefinition {
  /** Key used by list grants. */
  key: PrincipalKey;
  /** Group title suffix: the full title is "<site title> <suffix>" for associated groups, fixed for ours. */
  title: string;
  /** Description. */
  description: LocalizedText;
}

/** A permission level the help center creates. */
export interface RoleDefinitionSpec {
  /** Key used by list grants. */
  key: RoleKey;
  /** Name of the permission level in SharePoint. */
  name: string;
  /** Description. */
  description: string;
  /** SharePoint BasePermissions as decimal strings (64-bit mask split in High/Low). */
  basePermissions: { High: number; Low: number };
}
