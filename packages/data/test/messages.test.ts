import { Incident } from '@atlas/schema';
import { describe, expect, it } from 'vitest';
import { messageFor } from '../src/messages.ts';

/** The messages for one value at `figures[0].value`, as the validator would word them. */
function valueMessage(value: string): string {
  const issue = { code: 'invalid_type', expected: 'number', path: ['figures', 0, 'value'], input: value, message: '' } as const;
  return messageFor(issue as never)[0]?.message ?? '';
}

describe('a number written in words', () => {
  it.each([
    ['about 900,000', 'about', '900000'],
    ['environ 900 000', 'about', '900000'],
    ['approx. 5000', 'about', '5000'],
    ['plus de 2,6 millions', 'more-than', '2,6'],
    ['oltre 100.000', 'more-than', '100000'],
    ['Over 500', 'more-than', '500'],
    ['almost 900,000', 'nearly', '900000'],
    ['quasi 900.000', 'nearly', '900000'],
    ['près de 900 000', 'nearly', '900000'],
    ['au moins 12', 'at-least', '12'],
    ["jusqu'à 50", 'up-to', '50'],
    ['fino a 50', 'up-to', '50'],
  ])('%j gives value and qualifier %s', (text, qualifier, digits) => {
    expect(valueMessage(text)).toContain(`\`value: ${digits}\` and \`qualifier: ${qualifier}\``);
  });

  it('suggests no qualifier when the words are not one', () => {
    expect(valueMessage('overall 12')).not.toContain('qualifier');
    expect(valueMessage('twelve')).toBe('the value must be a number, not text: got "twelve"; write `value: …`');
  });
});

describe('an unknown field', () => {
  it('is compared with the fields allowed at its own place in the record', () => {
    const parsed = Incident.safeParse({ figures: [{ metrc: 'files' }] });
    const issue = parsed.error?.issues.find((i) => i.code === 'unrecognized_keys');
    expect(issue, 'zod reports the unknown key').toBeDefined();
    expect(messageFor(issue as never)).toEqual([
      { path: ['figures', 0, 'metrc'], key: true, message: 'unknown field "metrc"; did you mean "metric"?' },
    ]);
  });

  it('lists the allowed fields when nothing is close', () => {
    const parsed = Incident.safeParse({ dates: { zzzzzzzz: '2020' } });
    const issue = parsed.error?.issues.find((i) => i.code === 'unrecognized_keys');
    expect(messageFor(issue as never)[0]?.message).toBe('unknown field "zzzzzzzz"; allowed fields here: occurred, discovered, secured, made_public');
  });
});
