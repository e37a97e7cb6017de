import { ZpaError } from "./errors";
import type { OperationInfo } from "./client-core";
import type { RequestOptions } from "./request-options";
import type { ListItem, ListParams, ListPath } from "./zpa-paths";

/** Options of {@link paginate}: the list's query (filters, a page size, a starting page) and the options of each page's call. */
export interface PaginateOptions<P extends ListPath> extends RequestOptions {
  params?: { query?: ListParams<P>; path?: { customerId?: string } };
}

/** The part of the client the iterator needs: a raw GET, `unwrap`, and what it knows of the operation. */
export interface Pageable {
  operation(key: string): OperationInfo | undefined;
  GET(path: any, init?: any): Promise<{ data?: unknown; error?: unknown; response: Response }>;
  unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T;
}

type PageBody = { items?: unknown[]; list?: unknown[]; nextPage?: string; totalPages?: string | number } | unknown[] | undefined;

async function* pages(client: Pageable, path: string, options: PaginateOptions<ListPath>): AsyncGenerator<unknown[], void, undefined> {
  const info = client.operation(`GET ${path}`);
  if (!info?.[2]) throw new TypeError(`paginate: ${path} is not a list operation${info ? "" : " of a family attached to this client"}`);
  const [operation, , style, sizeParam, max] = info;
  const query: Record<string, unknown> = { ...options.params?.query };
  const size = Number((query[sizeParam!] ??= max));
  let page = Number(query.page ?? 1);
  let firstOfLast: string | undefined;
  for (;;) {
    if (style === "page") query.page = page;
    const data = client.unwrap(await client.GET(path, { ...options, params: { ...options.params, query } })) as PageBody;
    const bare = Array.isArray(data);
    const items = bare ? data : (data?.items ?? data?.list ?? []);
    if (!items.length) return;
    if (bare) {
      // A bare array has no counters; a server that ignores `page` would send the same page forever.
      const first = JSON.stringify(items[0]);
      if (first === firstOfLast) return;
      firstOfLast = first;
    }
    yield items;
    if (style === "cursor") {
      // An array has no nextPage, and no totalPages below.
      const next = (data as { nextPage?: string }).nextPage;
      if (!next) return;
      if (next === query.pageId) throw new ZpaError(`nextPage ${JSON.stringify(next)} repeats the page it came from`, { operation });
      query.pageId = next;
    } else {
      const total = Number((data as { totalPages?: string }).totalPages);
      if (total === total ? page >= total : items.length < size) return;
      page++;
    }
  }
}

/**
 * Walks a list operation to its end, yielding items. Handles both ZPA paging styles — cursor
 * (`pageId` → `nextPage`, absent on the last page) and numbered (`page`/`pagesize` with
 * `totalPages`) — a bare array instead of an envelope, and counters sent as strings. The page size
 * defaults to the documented maximum.
 */
export function paginate<P extends ListPath>(client: Pageable, path: P, options: PaginateOptions<P> = {}): AsyncIterableIterator<ListItem<P>> {
  // Pages come from an async generator; items are handed out of the current page without one,
  // since a generator's per-item cost would dominate walking a large list.
  const source = pages(client, path, options as PaginateOptions<ListPath>);
  let page: unknown[] = [];
  let i = 0;
  const iterator: AsyncIterableIterator<ListItem<P>> = {
    next() {
      if (i < page.length) return Promise.resolve({ value: page[i++] as ListItem<P>, done: false });
      // The generator's end ({value: undefined, done: true}) is the iterator's end too.
      return source.next().then((r) => {
        if (r.done) return r;
        page = r.value;
        i = 0;
        return iterator.next();
      });
    },
    return: () => source.return() as Promise<IteratorReturnResult<void>>,
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

/** Walks a list operation to its end (see {@link paginate}) and returns every item. */
export async function collectAll<P extends ListPath>(client: Pageable, path: P, options?: PaginateOptions<P>): Promise<ListItem<P>[]> {
  const all: ListItem<P>[] = [];
  for await (const item of paginate(client, path, options)) all.push(item);
  return all;
}
