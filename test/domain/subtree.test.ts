import { describe, expect, it } from 'vitest';
import { subtreeOf } from '../../src/domain/subtree';

const children = (edges: Record<string, string[]>) => (code: string) => (edges[code] ?? []).map((c) => ({ code: c }));

describe('subtreeOf', () => {
  it('holds the region and every region below it, nothing beside it', () => {
    const tree = children({ '150000': ['150100', '150200'], '150100': ['150102', '150103'], '150200': ['150202'] });
    expect([...subtreeOf('150100', tree)].sort()).toEqual(['150100', '150102', '150103']);
    expect(subtreeOf('150000', tree).size).toBe(6);
    expect([...subtreeOf('150202', tree)]).toEqual(['150202']);
  });

  it('ends on a parent cycle in user data, each region once', () => {
    const cycle = children({ '150100': ['150102'], '150102': ['150103'], '150103': ['150100'] });
    expect([...subtreeOf('150100', cycle)].sort()).toEqual(['150100', '150102', '150103']);
  });
});
