import { randomHex } from '../../../src/data/random';

describe('randomHex', () => {
  it.each([[12, 24], [16, 32]])('%i bytes give %i hexadecimal characters, never twice the same', (bytes, length) => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const v = randomHex(bytes);
      expect(v).toMatch(new RegExp(`^[0-9a-f]{${length}}$`));
      seen.add(v);
    }
    expect(seen.size).toBe(200);
  });
});
