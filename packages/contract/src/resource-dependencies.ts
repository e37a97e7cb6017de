import { type DependencyNode, type ReferenceFact, createOrder, dependencyGraph } from "./dependency-order";
import { isRequiredReference } from "./reference-fields";
import type { ResourceModel } from "./resources";

/** The references a create of `r` cannot leave out (required all the way down, no `when`). */
export function requiredReferences(r: ResourceModel): ReferenceFact[] {
  return (r.references ?? []).filter((ref) => isRequiredReference(r.create?.body?.schema, ref));
}

const graphs = new WeakMap<readonly ResourceModel[], DependencyNode[]>();

/**
 * What each resource needs created first: its parent and its required references. Optional
 * references are left out of the order: the spec is full of optional back-references (a segment
 * group's `applications[]`) that would otherwise make every pair a cycle.
 */
export function resourceGraph(resources: readonly ResourceModel[]): DependencyNode[] {
  let graph = graphs.get(resources);
  if (!graph) {
    const byName = new Map(resources.map((r) => [r.name, r]));
    const facts = Object.fromEntries(resources.map((r) => [r.name, { references: r.references, parent: r.parent }]));
    graph = dependencyGraph(facts, (name, ref) => requiredReferences(byName.get(name)!).includes(ref));
    graphs.set(resources, graph);
  }
  return graph;
}

/** Whether `from` needs `to` created first, directly or through others. */
export function needsFirst(graph: readonly DependencyNode[], from: string, to: string): boolean {
  const byName = new Map(graph.map((n) => [n.name, n]));
  const seen = new Set<string>();
  const walk = (n: string): boolean => {
    if (seen.has(n)) return false;
    seen.add(n);
    return (byName.get(n)?.dependsOn ?? []).some((d) => d === to || walk(d));
  };
  return walk(from);
}

/**
 * The rank of each resource in removal order (lower goes first), or undefined when the graph has a
 * cycle: cleanup then falls back to the reverse of creation order.
 */
export function cleanupRanks(resources: readonly ResourceModel[]): Map<string, number> | undefined {
  try {
    const order = createOrder(resourceGraph(resources)).reverse();
    return new Map(order.map((name, i) => [name, i]));
  } catch {
    return undefined;
  }
}
