/**
 * One error type for the whole application. `code` is stable: the CLI maps it to an exit code
 * and the HTTP API to a status, and clients may match on it.
 */
export const errorCodes = {
  BAD_OPTION: { status: 400, exitCode: 1 },
  BAD_CONFIG: { status: 500, exitCode: 1 },
  BAD_INPUT: { status: 400, exitCode: 1 },
  FILE_NOT_FOUND: { status: 404, exitCode: 1 },
  INPUT_TOO_LARGE: { status: 413, exitCode: 1 },
  INPUT_TOO_COMPLEX: { status: 422, exitCode: 1 },
  UNDECODABLE_INPUT: { status: 400, exitCode: 1 },
  NO_ARTICLE_BODY: { status: 422, exitCode: 1 },
  UNKNOWN_TITLE: { status: 404, exitCode: 1 },
  AMBIGUOUS_TITLE: { status: 300, exitCode: 1 },
  UNKNOWN_ENTITY: { status: 404, exitCode: 1 },
  DATABASE_UNAVAILABLE: { status: 503, exitCode: 1 },
  STORE_BUSY: { status: 503, exitCode: 1 },
  INTERRUPTED: { status: 503, exitCode: 130 },
  INTERNAL: { status: 500, exitCode: 2 },
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
