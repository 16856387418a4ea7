import { TwoGenerationMemo, memoizedEntityShaper, shapeEntity } from './entities';

describe('TwoGenerationMemo', () => {
  it('keeps entries that are read across rotations and forgets the ones nobody read', () => {
    const memo = new TwoGenerationMemo<number>(2);
    memo.set('hot', 1);
    memo.set('cold', 2);
    // Full: the next set rotates; 'hot' is read from the previous generation and moves forward.
    memo.set('a', 3);
    expect(memo.get('hot')).toBe(1);
    memo.set('b', 4); // rotates again: the generation holding 'cold' is dropped
    expect(memo.get('cold')).toBeUndefined();
    expect(memo.get('hot')).toBe(1);
    expect(memo.get('b')).toBe(4);
  });

  it('holds at most twice its size whatever is written', () => {
    const memo = new TwoGenerationMemo<number>(10);
    for (let i = 0; i < 1_000; i++) memo.set(`k${i}`, i);
    let held = 0;
    for (let i = 0; i < 1_000; i++) if (memo.get(`k${i}`) !== undefined) held++;
    expect(held).toBeLessThanOrEqual(20);
    expect(memo.get('k999')).toBe(999);
  });
});

describe('memoizedEntityShaper', () => {
  it('gives the same id as the unmemoized shaper and keeps the first name of an identity', () => {
    const shape = memoizedEntityShaper(4);
    const first = shape('acme', 'SERVICE', { name: 'cart' }, 'cart', { language: 'go' });
    const again = shape('acme', 'SERVICE', { name: 'cart' }, 'cart (renamed)', { language: 'java' });
    expect(first.id).toBe(shapeEntity('acme', 'SERVICE', { name: 'cart' }, 'cart', {}).id);
    expect(again).toBe(first);
    // Identities whose parts concatenate alike stay apart (length-prefixed key).
    expect(shape('acme', 'API', { service: 'a', name: 'bc' }, 'x', {}).id).not.toBe(shape('acme', 'API', { service: 'ab', name: 'c' }, 'x', {}).id);
  });
});
