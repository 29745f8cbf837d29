import type { ContentfulStatusCode } from "hono/utils/http-status";

/** The one error type: rendered as `{"error": {"code", "message"}}` by the app's onError. */
export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** The JSON body of every error response. */
export function errorBody(code: string, message: string) {
  return { error: { code, message } };
}

export const notFound = (what: string) => new AppError(404, "not_found", `${what} was not found.`);
