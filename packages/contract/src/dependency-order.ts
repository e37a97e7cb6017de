/** A resource and the resources it cannot be created without. */
export interface DependencyNode {
  name: string;
  dependsOn: readonly string[];
}

/** One reference as the spec's `x-resources` states it. */
export interface ReferenceFact {
  /** Body path of the referencing field: `segmentGroupId`, `serverGroups[].id`, `addedApps[]`. */
  field: string;
  resource: string;
  /** Only when the holding object (or a path value) has these values: `{objectType: "APP"}` or `"associationType=CONNECTOR_GRP"`. */
  when?: Record<string, unknown> | string;
  /** The referenced resource's field the value comes from, when it is not its id (`postureUdid`). */
  key?: string;
}

/** The reference facts of one `x-resources` entry. */
export interface DependencyFacts {
  references?: readonly ReferenceFact[];
  /** The resource whose id is a path parameter of this one's paths: always needed first. */
  parent?: { resource: string; param: string };
}

/** The reference graph has a cycle among the references that must be filled: nothing on it can be created first. */
export class DependencyCycleError extends Error {
  /** The resources on the cycle, the first repeated at the end (`A → B → A`). */
  readonly cycle: string[];
  constructor(cycle: string[]) {
    super(`reference cycle in x-resources: ${cycle.join(" → ")}; none of these can be created before the others`);
    this.name = "DependencyCycleError";
    this.cycle = cycle;
  }
}

/**
 * The dependency graph of `x-resources`: each resource depends on its parent and on the resources
 * of the references `counts` keeps (by default all of them; the suite keeps the required ones, since
 * optional back-references such as a segment group's `applications[]` would make every pair a cycle).
 * References to resources outside `facts` are left out: nothing here can create them.
 */
export function dependencyGraph(facts: Readonly<Record<string, DependencyFacts>>, counts: (resource: string, ref: ReferenceFact) => boolean = () => true): DependencyNode[] {
  return Object.entries(facts).map(([name, f]) => {
    const deps = [...(f.parent ? [f.parent.resource] : []), ...(f.references ?? []).filter((ref) => counts(name, ref)).map((ref) => ref.resource)];
    return { name, dependsOn: [...new Set(deps)].filter((d) => d in facts) };
  });
}

/**
 * Creation order: every resource after the ones it depends on, otherwise in the order given.
 * Throws a {@link DependencyCycleError} naming the cycle when there is no such order.
 */
export function createOrder(nodes: readonly DependencyNode[]): string[] {
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const state = new Map<string, "visiting" | "done">();
  const order: string[] = [];
  const stack: string[] = [];
  const visit = (name: string) => {
    const s = state.get(name);
    if (s === "done") return;
    if (s === "visiting") throw new DependencyCycleError([...stack.slice(stack.indexOf(name)), name]);
    state.set(name, "visiting");
    stack.push(name);
    for (const dep of byName.get(name)?.dependsOn ?? []) if (byName.has(dep)) visit(dep);
    stack.pop();
    state.set(name, "done");
    order.push(name);
  };
  for (const n of nodes) visit(n.name);
  return order;
}

/** Removal order: dependents before what they depend on (the creation order reversed). */
export function cleanupOrder(nodes: readonly DependencyNode[]): string[] {
  return createOrder(nodes).reverse();
}

/** `name` and everything it depends on, transitively, in creation order (`name` last). */
export function prerequisitesOf(nodes: readonly DependencyNode[], name: string): string[] {
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const needed = new Set<string>();
  const walk = (n: string) => {
    if (needed.has(n)) return;
    needed.add(n);
    for (const dep of byName.get(n)?.dependsOn ?? []) walk(dep);
  };
  walk(name);
  return createOrder(nodes.filter((n) => needed.has(n.name)));
}
