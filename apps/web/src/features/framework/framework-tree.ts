import type { FrameworkNodeDto } from '@lcm/contracts';

/** Codes of all indicators under a node, at any depth, each once. */
export function indicatorCodesUnder(node: FrameworkNodeDto): string[] {
  const codes = new Set<string>(node.indicatorCodes);
  for (const child of node.children) for (const code of indicatorCodesUnder(child)) codes.add(code);
  return [...codes];
}

/** Codes of every node that can be opened (has children or indicators). */
export function expandableCodes(nodes: readonly FrameworkNodeDto[]): string[] {
  return nodes.flatMap((node) => [
    ...(node.children.length || node.indicatorCodes.length ? [node.code] : []),
    ...expandableCodes(node.children),
  ]);
}

/** An id usable in the DOM (for aria-controls) from a node code such as `KF.2.2`. */
export function nodeDomId(code: string): string {
  return `node-${code.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** A node code without its framework prefix, as shown to readers: `KF.2.2` → `2.2`. */
export function displayCode(code: string): string {
  const dot = code.indexOf('.');
  return dot === -1 ? code : code.slice(dot + 1);
}
