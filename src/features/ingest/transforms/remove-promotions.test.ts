import { describe, expect, it } from 'vitest';
import { globalResearchProfile } from '../profiles/profiles';
import removePromotions from './remove-promotions';
import { runTransform } from './test-helpers';

const BEFORE = 'But this great war of aggression has hit a rock in Syria.';
const AFTER = 'The endgame in Aleppo involves a handful of foreign agents.';

const AD = "[Prof. Tim Anderson's International bestseller, click image to order directly from Global Research](#)";
const APPEAL =
  "If you're able, and if you like our content and approach, please support the project. Our work wouldn't be possible without your help: PayPal: southfront@list.ru or via: <http://southfront.org/donate/> or via: <https://www.patreon.com/southfront>";

describe('remove-promotions', () => {
  it('removes the "click image to order directly from Global Research" ad and counts it', () => {
    const { markdown, cleaning } = runTransform(
      removePromotions,
      `${BEFORE}\n\n${AD}\n\n${AFTER}\n`,
      globalResearchProfile().promotions,
    );
    expect(markdown).toBe(`${BEFORE}\n\n${AFTER}\n`);
    expect(cleaning.removed).toEqual([{ kind: 'advertisement', count: 1 }]);
  });

  it('removes the South Front donation appeal and counts it', () => {
    const { markdown, cleaning } = runTransform(
      removePromotions,
      `${BEFORE}\n\n${APPEAL}\n`,
      globalResearchProfile().promotions,
    );
    expect(markdown).toBe(`${BEFORE}\n`);
    expect(cleaning.removed).toEqual([{ kind: 'donation-appeal', count: 1 }]);
  });

  it('counts both kinds when a body has both', () => {
    const { markdown, cleaning } = runTransform(
      removePromotions,
      `${AD}\n\n${BEFORE}\n\n${APPEAL}\n\n${AFTER}\n`,
      globalResearchProfile().promotions,
    );
    expect(markdown).toBe(`${BEFORE}\n\n${AFTER}\n`);
    expect(cleaning.removed).toEqual([
      { kind: 'advertisement', count: 1 },
      { kind: 'donation-appeal', count: 1 },
    ]);
  });

  it('keeps an ordinary paragraph that mentions Global Research', () => {
    const body = `${BEFORE}\n\nGlobal Research republished the piece a day later, and readers asked where to order the book.\n`;
    const { markdown, cleaning } = runTransform(removePromotions, body, globalResearchProfile().promotions);
    expect(markdown).toBe(body);
    expect(cleaning.removed).toEqual([]);
  });

  it('keeps a paragraph that speaks of support without asking for money', () => {
    const body = 'Russia and Iran gave support to the project of rebuilding the city.\n';
    expect(runTransform(removePromotions, body, globalResearchProfile().promotions).markdown).toBe(body);
  });
});
