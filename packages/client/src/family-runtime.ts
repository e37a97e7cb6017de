import type { OperationInfo, ZpaClientCore } from "./client-core";
import { checkRequestKeys } from "./request-options";

/**
 * One helper of a generated family module: its name, route, which arguments follow the path
 * parameters (1 = a body, 2 = a query, 4 = the body is form-encoded), then what the core must know
 * of the operation. A paged list (paging style present) becomes two helpers: `name` (an iterator)
 * and the same name with `All` after its verb (`list` → `listAll`, `getByType` → `getAllByType`).
 */
export type FamilyRow = readonly [name: string, method: "GET" | "POST" | "PUT" | "DELETE" | "PATCH", path: string, args: number, ...info: OperationInfo];

const form = (body: Record<string, string>) => new URLSearchParams(body).toString();

/**
 * Builds a family's namespace from its rows and teaches the core its operations. Every helper takes
 * the route's path parameters in order (`customerId` excepted), then the body and/or query its
 * operation has, then {@link RequestOptions}. Shared by all families so each one costs only its table.
 */
export function bindFamily<T>(core: ZpaClientCore, rows: readonly FamilyRow[]): T {
  const ns: Record<string, unknown> = {};
  core.addOperations(rows.map(([, method, path, , ...info]) => [`${method} ${path}`, info] as const));
  for (const [name, method, path, args, ...info] of rows) {
    const names = path.split(/\{([^}]+)\}/).filter((n, i) => i % 2 && n !== "customerId");
    const init = (a: unknown[]) => {
      const values: Record<string, unknown> = {};
      let i = 0;
      for (const n of names) values[n] = a[i++];
      const body = args & 1 ? a[i++] : undefined;
      const query = args & 2 ? a[i++] : undefined;
      const options = a[i] as Record<string, unknown> | undefined;
      if (options !== undefined) checkRequestKeys(options, info[0]);
      const out: Record<string, unknown> = { ...options, params: { path: values, query }, body };
      if (args & 4) (out.bodySerializer = form), (out.headers = { ...(options?.headers as {}), "content-type": "application/x-www-form-urlencoded" });
      return out;
    };
    if (info[2]) {
      ns[name] = (...a: unknown[]) => core.paginate(path as never, init(a));
      ns[name.replace(/^[a-z]+/, "$&All")] = async (...a: unknown[]) => core.collectAll(path as never, init(a));
    } else {
      const raw = core[method] as (path: string, init: unknown) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
      ns[name] = async (...a: unknown[]) => core.unwrap(await raw(path, init(a)));
    }
  }
  return ns as T;
}
