import { AstroError } from 'astro/errors';

/** An error that is the publisher's to fix, not a bug: Astro prints its message and hint without a stack trace. */
export function userError(message: string, hint?: string): AstroError {
  const error = new AstroError(message, hint);
  error.stack = '';
  return error;
}
