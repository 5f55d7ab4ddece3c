import type { FrameworkNodeDto } from '@lcm/contracts';
import { displayCode, expandableCodes, indicatorCodesUnder, nodeDomId } from './framework-tree';

const node = (
  code: string,
  indicatorCodes: string[],
  children: FrameworkNodeDto[] = [],
): FrameworkNodeDto => ({
  code,
  name: code,
  level: 'area',
  indicatorCodes,
  children,
});

describe('framework tree', () => {
  const tree = [
    node('KF.1', ['X'], [node('KF.1.1', ['A', 'B']), node('KF.1.2', ['B', 'C']), node('KF.1.3', [])]),
  ];

  it('counts each indicator under a node once', () => {
    expect(indicatorCodesUnder(tree[0]!).sort()).toEqual(['A', 'B', 'C', 'X']);
  });

  it('only offers to open nodes that have something inside', () => {
    expect(expandableCodes(tree)).toEqual(['KF.1', 'KF.1.1', 'KF.1.2']);
  });

  it('shows codes without the framework prefix', () => {
    expect(displayCode('KF.2.2')).toBe('2.2');
    expect(displayCode('SDG.4.3.1')).toBe('4.3.1');
    expect(displayCode('ISO')).toBe('ISO');
  });

  it('makes DOM-safe ids', () => {
    expect(nodeDomId('KF.2.2')).toBe('node-KF_2_2');
  });
});
