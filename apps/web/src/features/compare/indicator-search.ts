import type { FrameworkNodeDto, FrameworkTreeDto, IndicatorDto } from '@lcm/contracts';

export interface FrameworkNodeName {
  code: string;
  name: string;
}

export interface IndicatorMatch {
  indicator: IndicatorDto;
  /** The framework node through which the indicator matched (e.g. "KF.2.4 Inclusive learning"); null otherwise. */
  node: FrameworkNodeName | null;
}

/** Lower case without accents, so "medellin" finds "Medellín". */
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Codes compared by their letters and digits only: "4.3.1", "4_3_1" and "SDG 4.3.1" all find `SDG_4_3_1`. */
function codeKey(text: string): string {
  return folded(text)
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
}

/** Every node of the frameworks with its name, by code. */
export function frameworkNodeNames(trees: readonly FrameworkTreeDto[]): Map<string, string> {
  const names = new Map<string, string>();
  const visit = (nodes: readonly FrameworkNodeDto[]) => {
    for (const node of nodes) {
      names.set(node.code, node.name);
      visit(node.children);
    }
  };
  trees.forEach((tree) => visit(tree.nodes));
  return names;
}

/** True when `code` is the node asked for or lies under it (`KF.2` finds `KF.2.4`, not `KF.21`). */
function isAtOrUnder(code: string, wanted: string): boolean {
  return code === wanted || code.startsWith(`${wanted}.`);
}

/** A node and the nodes above it, nearest first: `KF.2.4`, `KF.2`, `KF` (codes are dotted paths). */
function nodeAndAncestors(code: string): string[] {
  const parts = code.split('.');
  return parts.map((_, index) => parts.slice(0, parts.length - index).join('.'));
}

/**
 * Indicators that match a search by code ("4.3.1"), by words of the name ("adult learning"), or by a
 * framework node they sit under, given by code ("KF.2") or by words of its name ("inclusive"). The best
 * matches come first: the exact code, then codes, then names, then framework nodes; otherwise in the
 * order given. An empty search finds all.
 */
export function searchIndicators(
  indicators: readonly IndicatorDto[],
  nodeNames: ReadonlyMap<string, string>,
  query: string,
): IndicatorMatch[] {
  const text = folded(query.trim());
  if (!text) return indicators.map((indicator) => ({ indicator, node: null }));
  const wantedCode = codeKey(text);
  const words = text.split(/\s+/);
  const hasWords = (name: string) => words.every((word) => folded(name).includes(word));

  const ranked = indicators.flatMap((indicator, order) => {
    const code = codeKey(indicator.code);
    let rank: number | null = null;
    let node: FrameworkNodeName | null = null;
    if (wantedCode && code === wantedCode) rank = 0;
    else if (wantedCode && `.${code}.`.includes(`.${wantedCode}.`)) rank = 1;
    else if (hasWords(indicator.name)) rank = 2;
    else {
      const nodeCode = indicator.frameworkNodes
        .flatMap(nodeAndAncestors)
        .find(
          (candidate) =>
            (wantedCode && isAtOrUnder(codeKey(candidate), wantedCode)) ||
            (nodeNames.has(candidate) && hasWords(nodeNames.get(candidate) ?? '')),
        );
      if (nodeCode !== undefined) {
        rank = 3;
        node = { code: nodeCode, name: nodeNames.get(nodeCode) ?? nodeCode };
      }
    }
    return rank === null ? [] : [{ rank, order, match: { indicator, node } }];
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.order - b.order).map((entry) => entry.match);
}
