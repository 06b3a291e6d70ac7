import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { fieldProblems } from './validation.js';

const schema = z
  .object({
    title: z.string(),
    count: z.number().int(),
    share: z.number(),
    open: z.boolean(),
    people: z.array(z.string()),
    where: z.object({ unit: z.string() }),
    when: z.date(),
  })
  .strict();

const input = {
  title: 7,
  count: 1.5,
  share: 'half',
  open: 'yes',
  people: 'Ada',
  where: 'ward 3',
  when: 'today',
  colour: 'red',
};

function problems(lang: 'en' | 'es') {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('the input should be refused');
  return Object.fromEntries(fieldProblems(result.error, lang, input).map((p) => [p.field, p.message]));
}

describe('refused input, field by field', () => {
  it('names each field with a reason in words, not in zod’s type names', () => {
    expect(problems('en')).toEqual({
      title: 'this should be text',
      count: 'this should be a whole number',
      share: 'this should be a number',
      open: 'this should be true or false',
      people: 'this should be a list',
      where: 'this should be a group of fields (a JSON object)',
      when: 'expected date',
      'the request': 'unknown field colour: check the spelling',
    });
  });

  it('in Spanish too', () => {
    expect(problems('es')).toMatchObject({
      title: 'debe ser un texto',
      count: 'debe ser un número entero',
      people: 'debe ser una lista',
    });
  });
});
