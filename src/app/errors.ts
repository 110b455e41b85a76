/**
 * One error type for the whole application. `code` is stable: the CLI maps it to an exit code
 * and the HTTP API to a status, and clients may match on it.
 */
export const errorCodes = {
  BAD_OPTION: { status: 400, exitCode: 1, meaning: "an option, query parameter or setting has a value outside what it accepts" },
  BAD_CONFIG: { status: 500, exitCode: 1, meaning: "the server's configuration (environment) is invalid" },
  BAD_INPUT: { status: 400, exitCode: 1, meaning: "an input (article, dataset file, request body) cannot be read as what it claims to be" },
  FILE_NOT_FOUND: { status: 404, exitCode: 1, meaning: "a named file does not exist (or is a broken link)" },
  INPUT_TOO_LARGE: { status: 413, exitCode: 1, meaning: "an input is over a size limit (bytes, characters)" },
  INPUT_TOO_COMPLEX: { status: 422, exitCode: 1, meaning: "an input is over a shape or time limit (HTML nesting, elements, reading time)" },
  UNDECODABLE_INPUT: { status: 400, exitCode: 1, meaning: "an input's text encoding is not one the reader knows" },
  NO_ARTICLE_BODY: { status: 422, exitCode: 1, meaning: "no article text was found in the input" },
  UNKNOWN_TITLE: { status: 404, exitCode: 1, meaning: "no title has that id or name" },
  AMBIGUOUS_TITLE: { status: 300, exitCode: 1, meaning: "several titles share that name; the message lists them" },
  UNKNOWN_ENTITY: { status: 404, exitCode: 1, meaning: "no person, source or entity has that id" },
  NOT_FOUND: { status: 404, exitCode: 1, meaning: "no such route" },
  UNAUTHORIZED: { status: 401, exitCode: 1, meaning: "a write needs a valid API token or a signed-in session; or a sign-in failed" },
  FORBIDDEN: { status: 403, exitCode: 1, meaning: "signed in, but the role does not allow it (reader, editor, admin), or a form's CSRF token is missing or wrong" },
  CONFLICT: { status: 409, exitCode: 1, meaning: "the thing to create exists already (a user of that name)" },
  ADDRESS_REFUSED: { status: 400, exitCode: 1, meaning: "a URL to call names a private, loopback or link-local address (refused before connecting)" },
  RATE_LIMITED: { status: 429, exitCode: 1, meaning: "too many writes in the last minute for this token, or too many failed sign-ins" },
  DATABASE_UNAVAILABLE: { status: 503, exitCode: 1, meaning: "the database cannot be opened or reached" },
  STORE_BUSY: { status: 503, exitCode: 1, meaning: "another writer held the database for longer than the wait limit" },
  FETCH_REFUSED: { status: 422, exitCode: 1, meaning: "a web address was not fetched: a private address, robots.txt, too large, an unexpected content type, too many redirects" },
  FETCH_FAILED: { status: 502, exitCode: 1, meaning: "a web address could not be fetched: a timeout, a network error, or an HTTP error after retries" },
  UNHEALTHY: { status: 503, exitCode: 1, meaning: "a health check (`doctor`) found problems; its report, printed first, names them" },
  INTERRUPTED: { status: 503, exitCode: 130, meaning: "stopped by a signal; the same command resumes it" },
  CORRUPT_ROW: { status: 500, exitCode: 2, meaning: "a stored row does not hold what cliffhanger writes (edited by hand or by another program); the message names the row and column" },
  INTERNAL: { status: 500, exitCode: 2, meaning: "a fault of cliffhanger itself (logged with its stack trace)" },
} as const;

export type ErrorCode = keyof typeof errorCodes;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, options?: { details?: Record<string, unknown>; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.details = options?.details;
  }

  get status(): number {
    return errorCodes[this.code].status;
  }

  get exitCode(): number {
    return errorCodes[this.code].exitCode;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
