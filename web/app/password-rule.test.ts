import { describe, expect, it } from 'vitest';
import { MIN_PASSWORD_LENGTH as SERVER_RULE } from '../../src/core/accounts.js';
import { MIN_PASSWORD_LENGTH } from './password-rule.js';

describe('the first-run form', () => {
  it('asks for passwords as long as the server does', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(SERVER_RULE);
  });
});
