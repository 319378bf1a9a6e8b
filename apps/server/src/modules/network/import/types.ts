export type ImportFormat = 'linkedin' | 'csv' | 'vcard';
export type DetectedFormat = ImportFormat | 'binary' | 'empty';

/** Zero-based column indexes the user picked in the mapping step of a generic CSV import. */
export type ColumnMapping = {
  firstName?: number;
  lastName?: number;
  fullName?: number;
  email?: number;
  linkedinUrl?: number;
  company?: number;
  position?: number;
  phone?: number;
};

export type ImportLimits = { maxBytes?: number; maxRows?: number };

export type ParseOptions = {
  format: ImportFormat | 'auto';
  /** Generic CSV only; without it the mapping is guessed from the header row. */
  mapping?: ColumnMapping;
  /** Generic CSV only; defaults to true. */
  hasHeaderRow?: boolean;
  /** Generic CSV only; detected from the first lines when absent. */
  delimiter?: CsvDelimiter;
  limits?: ImportLimits;
};

export type CsvDelimiter = ',' | ';' | '\t';

export type Contact = {
  firstName: string;
  lastName: string;
  email: string | null;
  linkedinUrl: string | null;
  company: string | null;
  position: string | null;
  /** YYYY-MM-DD */
  connectedOn: string | null;
  phone?: string | null;
};

/** `line` is the 1-based physical line where the row starts, so a user can find it in the file. */
export type ParsedRow =
  | { kind: 'contact'; line: number; contact: Contact }
  | { kind: 'rejected'; line: number; reason: string };

/** What a reader knows about a row before validation; every value is raw text from the file. */
export type RawContact = {
  firstName?: string;
  lastName?: string;
  fullName?: string;
  email?: string;
  linkedinUrl?: string;
  company?: string;
  position?: string;
  connectedOn?: string;
  phone?: string;
};
