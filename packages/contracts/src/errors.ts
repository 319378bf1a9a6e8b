/** Every error code the API can answer with, and the HTTP status it maps to. */
export const ERROR_STATUS = {
  validation_failed: 400,
  bad_request: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  /** The first request with this `Idempotency-Key` is still running; retry shortly. */
  idempotency_in_progress: 409,
  email_taken: 409,
  /** Another candidate, or another check, of the company already has this `external_id` (the ATS's own id). */
  external_id_taken: 409,
  /** Report share links are turned off in the company's settings. */
  share_links_disabled: 409,
  gone: 410,
  token_invalid: 410,
  /** A candidate's or referee's link that no longer works; the problem says whom to contact. */
  link_expired: 410,
  payload_too_large: 413,
  /** A path segment longer than any id (500 characters). */
  uri_too_long: 414,
  unsupported_media_type: 415,
  unprocessable: 422,
  /** An id in the body names nothing the caller's company has (another company's, or none at all). */
  unknown_id: 422,
  domain_not_allowed: 422,
  /** An `Idempotency-Key` sent again with another body or path. */
  idempotency_key_reused: 422,
  /** A contact file that is mostly blank or unusable lines; the problem names the line. */
  contact_import_unusable: 422,
  /** An editable template renders too much text, repeats too often or takes too long. */
  template_too_large: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;
export type TErrorCode = keyof typeof ERROR_STATUS;
