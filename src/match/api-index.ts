/** The rulepack's catalogs indexed by qualified API name, built once per loaded rulepack. */
import type {
  CallEntry,
  ListenEntry,
  NetworkEntry,
  ProcessEntry,
  RegistryCatalog,
  Rulepack,
  WriteEntry,
} from '../model/rulepack.js';

export interface ApiEntries {
  network: NetworkEntry[];
  listen: ListenEntry[];
  process: ProcessEntry[];
  calls: CallEntry[];
  writes: WriteEntry[];
  registryOpen: RegistryCatalog['open'];
  registryWrite: RegistryCatalog['write'];
}

export interface ApiIndex {
  get(api: string): ApiEntries | undefined;
  /** Every qualified name any catalog mentions (for star imports). */
  names: ReadonlySet<string>;
}

const cache = new WeakMap<Rulepack, ApiIndex>();

function empty(): ApiEntries {
  return { network: [], listen: [], process: [], calls: [], writes: [], registryOpen: [], registryWrite: [] };
}

/** Indexes every catalog entry under each of its API names. */
export function apiIndex(pack: Rulepack): ApiIndex {
  const cached = cache.get(pack);
  if (cached) return cached;
  const map = new Map<string, ApiEntries>();
  const add = <K extends keyof ApiEntries>(
    kind: K,
    entry: ApiEntries[K][number] & { api: string[] },
  ): void => {
    for (const api of entry.api) {
      let entries = map.get(api);
      if (!entries) map.set(api, (entries = empty()));
      (entries[kind] as (typeof entry)[]).push(entry);
    }
  };
  pack.network.forEach((e) => add('network', e));
  pack.listen.forEach((e) => add('listen', e));
  pack.process.forEach((e) => add('process', e));
  pack.calls.forEach((e) => add('calls', e));
  pack.writes.forEach((e) => add('writes', e));
  pack.registry.open.forEach((e) => add('registryOpen', e));
  pack.registry.write.forEach((e) => add('registryWrite', e));
  const index: ApiIndex = { get: (api) => map.get(api), names: new Set(map.keys()) };
  cache.set(pack, index);
  return index;
}
