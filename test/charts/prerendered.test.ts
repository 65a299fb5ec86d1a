// The key that ties a build-time picture to the one option it shows.
import { describe, expect, it } from 'vitest';
import { closestPicture, pictureKey } from '../../src/charts/prerendered';

describe('pictureKey', () => {
  const option = JSON.stringify({ series: [{ type: 'bar', data: [99.7, 99.55] }] });

  it('is the same for the same option and height, on every run', () => {
    expect(pictureKey(option, 450)).toBe(pictureKey(JSON.stringify(JSON.parse(option)), 450));
    // cyrb53's published values (seed 0): the build (Node) and the page (Chromium) must agree, so the hash may not drift.
    expect(pictureKey('a', 340)).toBe(`340:${(7929297801672961).toString(36)}`);
    expect(pictureKey('revenge', 340)).toBe(`340:${(4051478007546757).toString(36)}`);
  });

  it('differs when a number, a label or the height differs', () => {
    const keys = new Set([
      pictureKey(option, 450),
      pictureKey(option.replace('99.55', '99.56'), 450),
      pictureKey(option.replace('bar', 'line'), 450),
      pictureKey(option, 451),
    ]);
    expect(keys.size).toBe(4);
  });
});

describe('closestPicture', () => {
  const drawings = [
    { width: 332, svg: 'phone' },
    { width: 654, svg: 'desktop' },
  ];

  it('takes the drawing nearest the width it will show at', () => {
    expect(closestPicture(drawings, 302)?.svg).toBe('phone');
    expect(closestPicture(drawings, 446)?.svg).toBe('phone');
    expect(closestPicture(drawings, 574)?.svg).toBe('desktop');
    expect(closestPicture(drawings, 942)?.svg).toBe('desktop');
    expect(closestPicture(undefined, 600)).toBeUndefined();
  });
});
