/**
 * The shortest password the server accepts, for the form's own check before sending. The server's rule is
 * src/core/accounts.ts MIN_PASSWORD_LENGTH; importing it would bring zod into the first script, so it is
 * repeated here and password-rule.test.ts keeps the two equal.
 */
export const MIN_PASSWORD_LENGTH = 10;
