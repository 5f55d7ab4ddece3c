import type { FrameworkNodeDto, FrameworkTreeDto, IndicatorDto } from '@lcm/contracts';

export interface IndicatorGroup {
  /** Framework node code, or `other`. */
  code: string;
  label: string;
  indicators: IndicatorDto[];
}

function* walk(nodes: readonly FrameworkNodeDto[]): Generator<FrameworkNodeDto> {
  for (const node of nodes) {
    yield node;
    yield* walk(node.children);
  }
}

/**
 * Groups indicators under the framework nodes that list them (for KFLC: its areas), in the
 * framework's order. Each indicator appears once, under the first node that lists it;
 * indicators the framework does not list go to a last group.
 */
export function groupIndicatorsByFramework(
  tree: FrameworkTreeDto | null | undefined,
  indicators: readonly IndicatorDto[],
  otherLabel: string,
): IndicatorGroup[] {
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const placed = new Set<string>();
  const groups: IndicatorGroup[] = [];

  for (const node of walk(tree?.nodes ?? [])) {
    const members: IndicatorDto[] = [];
    for (const code of node.indicatorCodes) {
      const indicator = byCode.get(code);
      if (indicator && !placed.has(code)) {
        placed.add(code);
        members.push(indicator);
      }
    }
    if (members.length) groups.push({ code: node.code, label: node.name, indicators: members });
  }

  const rest = indicators.filter((i) => !placed.has(i.code));
  if (rest.length) groups.push({ code: 'other', label: otherLabel, indicators: rest });
  return groups;
}

/** The indicator to show first: the one asked for when it exists, else the first in the list. */
export function pickIndicator(groups: readonly IndicatorGroup[], wanted: string | null): IndicatorDto | null {
  const all = groups.flatMap((g) => g.indicators);
  return all.find((i) => i.code === wanted) ?? all[0] ?? null;
}
