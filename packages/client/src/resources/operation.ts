import type { ZpaClientCore } from "../client-core";
import { operationTable } from "../generated/operations.gen";
import { checkRequestKeys, type RequestOptions } from "../request-options";
import type { ListParams, ListPath } from "../zpa-paths";

type Method = "GET" | "POST" | "PUT" | "DELETE";

const name = (method: Method, path: string) => operationTable[`${method} ${path}`]?.[0] ?? `${method} ${path}`;

/**
 * One resource method: `(id?, body?, query?, options?)` → the call's data, or a thrown `ZpaApiError`.
 * The helpers' signatures are declared (and type-checked against the spec) in each resource's
 * interface; this keeps their shared runtime to one small function.
 */
export const operation =
  (c: ZpaClientCore, method: Method, path: string, id?: string, hasBody?: boolean) =>
  async (...args: unknown[]): Promise<any> => {
    let i = 0;
    const params = { path: id ? { [id]: args[i++] } : undefined, query: undefined as unknown };
    const body = hasBody ? args[i++] : undefined;
    params.query = args[i++];
    const options = args[i] as RequestOptions | undefined;
    if (options !== undefined) checkRequestKeys(options, name(method, path));
    return c.unwrap(await (c[method] as any)(path, { ...options, params, body }));
  };

/** `list` (an async iterator over every item) and `listAll` (every item, as an array) for a list path. */
export const lists = <P extends ListPath>(c: ZpaClientCore, path: P) => {
  const init = (query?: ListParams<P>, options?: RequestOptions) => {
    if (options !== undefined) checkRequestKeys(options, name("GET", path));
    return { ...options, params: { query } };
  };
  return {
    list: (query?: ListParams<P>, options?: RequestOptions) => c.paginate(path, init(query, options)),
    listAll: async (query?: ListParams<P>, options?: RequestOptions) => c.collectAll(path, init(query, options)),
  };
};
