import type { ZpaClientCore } from "../client-core";
import type { ListParams, ListPath } from "../zpa-paths";

type Method = "GET" | "POST" | "PUT" | "DELETE";

/**
 * One resource method: `(id?, body?, query?)` → the call's data, or a thrown `ZpaApiError`. The
 * helpers' signatures are declared (and type-checked against the spec) in each resource's interface;
 * this keeps their shared runtime to one small function.
 */
export const operation =
  (c: ZpaClientCore, method: Method, path: string, id?: string, hasBody?: boolean) =>
  async (...args: unknown[]): Promise<any> => {
    let i = 0;
    const params = { path: id ? { [id]: args[i++] } : undefined, query: undefined as unknown };
    const body = hasBody ? args[i++] : undefined;
    params.query = args[i];
    return c.unwrap(await (c[method] as any)(path, { params, body }));
  };

/** `list` (an async iterator over every item) and `listAll` (every item, as an array) for a list path. */
export const lists = <P extends ListPath>(c: ZpaClientCore, path: P) => ({
  list: (query?: ListParams<P>, signal?: AbortSignal) => c.paginate(path, { params: { query }, signal }),
  listAll: (query?: ListParams<P>, signal?: AbortSignal) => c.collectAll(path, { params: { query }, signal }),
});
