// The one error type domain code throws. The API boundary maps `code` to a status and a
// localised message (src/api/errors.ts).
export const errorStatus = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  INVALID_TOKEN: 400,
  TOKEN_EXPIRED: 400,
  WEAK_PASSWORD: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CROSS_SITE_REQUEST: 403,
  EMAIL_NOT_VERIFIED: 403,
  PROVIDER_NOT_CONFIGURED: 404,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  FOLDER_CYCLE: 409,
  REGION_CHANGE_NOT_ALLOWED: 400,
  EMAIL_TAKEN: 409,
  ACCOUNT_IN_OTHER_REGION: 409,
  PAYLOAD_TOO_LARGE: 413,
  FILE_TOO_LARGE: 413,
  // Larger than the caller's plan accepts for one file (the message names the limit).
  FILE_OVER_PLAN_LIMIT: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  // Uploaded course files: the type is decided from the content, never from the name alone.
  FILE_TYPE_UNSUPPORTED: 415,
  FILE_TYPE_MISMATCH: 415,
  // The type is right but the content can't be read: empty, damaged, password-protected, or
  // beyond the extraction limits (zip bombs, timeouts, memory).
  FILE_EMPTY: 422,
  FILE_CORRUPT: 422,
  FILE_ENCRYPTED: 422,
  FILE_TOO_COMPLEX: 422,
  // An upload the network cut short, or more parts than one request may carry.
  UPLOAD_INCOMPLETE: 400,
  TOO_MANY_FILES: 413,
  // Processing kept failing for a reason that was not the file's fault; the user can retry.
  FILE_PROCESSING_FAILED: 500,
  // The file system under uploads or storage is full, or storage can't be reached: nothing was kept.
  STORAGE_FULL: 507,
  TEMP_SPACE_FULL: 507,
  STORAGE_UNAVAILABLE: 503,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  OAUTH_FAILED: 502,
  REGION_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export type FieldIssue = { path: string; code: string; params?: Record<string, string | number> };

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly options: { details?: FieldIssue[]; params?: Record<string, string | number>; cause?: unknown; retryAfter?: number } = {},
  ) {
    super(code, { cause: options.cause });
    this.name = 'AppError';
  }

  get status(): number {
    return errorStatus[this.code];
  }
}
