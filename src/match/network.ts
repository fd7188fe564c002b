/**
 * NET001/NET002/NET003: a network call is judged by the destination its arguments resolve to,
 * a listener by its bind address — at the use, by value (SPEC 4).
 */
import type { RawFinding } from '../model/finding.js';
import type { CallFact } from '../model/python-facts.js';
import type { DestinationForm, ListenEntry, NetworkEntry } from '../model/rulepack.js';
import { argumentValue, flatten, type Template, type Value } from '../model/value.js';
import { classifyBind, classifyDestination, type DestinationClass } from './destination.js';
import { provenanceOf, rawFinding, showTemplate } from './finding-builder.js';

const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** One spelling of a destination and how it classifies. */
interface Judged {
  shown: string;
  template: Template;
  cls: DestinationClass;
}

/** The spellings a destination value can take, with the form to classify them by. */
function spellings(
  value: Value,
  form: DestinationForm,
): { template: Template; form: DestinationForm }[] | 'unix' | undefined {
  switch (value.kind) {
    case 'str':
      if (form === 'address') return 'unix'; // a string where a tuple is expected is an AF_UNIX path
      return value.options.map((template) => ({ template, form }));
    case 'seq': {
      if (form !== 'address' && form !== 'host') return undefined;
      const host = value.items[0];
      if (!host) return undefined;
      if (host.kind === 'str') return host.options.map((template) => ({ template, form: 'host' as const }));
      if (host.kind === 'none') return [{ template: [''], form: 'host' }];
      return [{ template: [{ hole: describeUnknown(host) }], form: 'host' }];
    }
    case 'dict':
      if (form !== 'proxies') return undefined;
      return value.entries.flatMap(([, v]) =>
        v.kind === 'str' ? v.options.map((template) => ({ template, form: 'url' as const })) : [],
      );
    case 'unknown':
      return [{ template: [{ hole: value.reason }], form }];
    default:
      return undefined;
  }
}

function describeUnknown(value: Value): string {
  return value.kind === 'unknown' ? value.reason : `a ${value.kind} value`;
}

/** Follows `urlopen(Request(url))`: the destination travels inside the request object. */
function throughConstructor(value: Value, lookup: (api: string) => NetworkEntry[] | undefined): Value {
  if (value.kind !== 'instance' || !value.origin) return value;
  const entries = lookup(value.origin.callee);
  const inner = entries?.[0] ? argumentValue(value.origin, entries[0].dest) : undefined;
  return inner ?? value;
}

/** Joins a relative URL to the receiver's base URL (httpx `base_url`). */
function withBase(value: Value, site: CallFact['site'], entry: NetworkEntry): Value {
  if (
    !entry.receiver_base ||
    value.kind !== 'str' ||
    site.receiver?.kind !== 'instance' ||
    !site.receiver.origin
  )
    return value;
  const base = argumentValue(site.receiver.origin, entry.receiver_base);
  if (base?.kind !== 'str') return value;
  const absolute = value.options.every(
    (t) => typeof t[0] === 'string' && /^[a-z][a-z0-9+.-]*:\/\//i.test(t[0]),
  );
  if (absolute) return value;
  return { kind: 'str', options: base.options.flatMap((b) => value.options.map((t) => [...b, ...t])) };
}

/**
 * Classifies one spelling. `BASE_URL + path` leaves the host's end unknown; when the known part
 * already names a whole remote host, the unknown rest is read as the path (that the rest
 * extends the host name is far-fetched), so the host decides.
 */
function classifyWithBase(template: Template, form: DestinationForm): DestinationClass {
  const cls = classifyDestination(flatten(template), form);
  const [head, next] = template;
  if (
    cls.kind !== 'unknown' ||
    form !== 'url' ||
    typeof head !== 'string' ||
    typeof next === 'string' ||
    !next
  ) {
    return cls;
  }
  if (!/^[a-z][a-z0-9+.-]*:\/\/[^/?#]+$/i.test(head)) return cls;
  const asPath = classifyDestination(flatten([head, '/', ...template.slice(1)]), form);
  return asPath.kind === 'remote' ? asPath : cls;
}

/** NET001/NET002 for one call against one network catalog entry. */
export function matchNetwork(
  fact: CallFact,
  entry: NetworkEntry,
  lookup: (api: string) => NetworkEntry[] | undefined,
): RawFinding | undefined {
  const { site } = fact;
  const api = site.callee;
  let value = argumentValue(site, entry.dest);
  if (value?.kind === 'none') value = undefined;
  if (!value) {
    if (
      (entry.dest.kw !== undefined && site.hasStarKwargs) ||
      (entry.dest.pos !== undefined && site.hasStarArgs)
    ) {
      return net002(fact, api, 'passed through *args/**kwargs', 'arguments forwarded from elsewhere');
    }
    switch (entry.when_missing) {
      case 'skip':
      case 'loopback':
        return undefined;
      case 'dynamic':
        return net002(fact, api, 'the library default', `no destination given to ${api}`);
      case 'public':
        return rawFinding('NET001', fact, {
          confidence: 'medium',
          subject: `${api} ${entry.default_destination ?? 'default endpoint'}`,
          details: {
            qualified_name: api,
            destination: entry.default_destination ?? 'the library default endpoint',
            provenance: 'library default',
          },
        });
    }
  }
  value = withBase(throughConstructor(value, lookup), site, entry);
  let forms = spellings(value, entry.dest.form);
  if (forms === 'unix') return undefined;
  if (entry.only_urls) {
    forms = forms?.filter(({ template }) => typeof template[0] === 'string' && URL_SCHEME.test(template[0]));
    if (!forms?.length) return undefined;
  }
  if (!forms?.length)
    return net002(fact, api, describeUnknown(value), `a ${value.kind} value the analysis cannot read`);
  const judged: Judged[] = forms.map(({ template, form }) => ({
    template,
    shown: showTemplate(template),
    cls: classifyWithBase(template, form),
  }));
  const remote = judged.filter((j) => j.cls.kind === 'remote');
  if (remote.length) {
    const first = remote[0]!;
    const details = {
      qualified_name: api,
      destination: first.shown,
      ...(first.cls.host ? { host: first.cls.host } : {}),
      ...(provenanceOf(judged.map((j) => j.template))
        ? { provenance: provenanceOf(judged.map((j) => j.template)) }
        : {}),
    };
    return rawFinding('NET001', fact, {
      confidence: remote.length === judged.length ? 'high' : 'medium',
      subject: `${api} ${first.cls.host ?? first.shown}`,
      details,
    });
  }
  const unknowns = judged.filter((j) => j.cls.kind === 'unknown');
  if (unknowns.length) {
    return net002(
      fact,
      api,
      unknowns.map((j) => j.shown).join(' | '),
      provenanceOf(unknowns.map((j) => j.template)) ?? unknowns[0]!.cls.reason ?? 'unknown',
    );
  }
  return undefined;
}

function net002(fact: CallFact, api: string, destination: string, provenance: string): RawFinding {
  return rawFinding('NET002', fact, {
    confidence: 'medium',
    subject: `${api} ${provenance}`,
    details: { qualified_name: api, destination, provenance },
  });
}

/** NET003 (or NET002 for a dynamic bind address) for one call against one listener entry. */
export function matchListen(fact: CallFact, entry: ListenEntry): RawFinding | undefined {
  const { site } = fact;
  const api = site.callee;
  // `sock=`, `path=`, `listen=` replace the bind address: the listener is what they say, and
  // only a `host:port` spelling of all interfaces (waitress `listen="*:8080"`) is exposed.
  const replacements = (entry.unless_present ?? [])
    .map((ref) => argumentValue(site, ref))
    .filter((v) => v !== undefined);
  if (replacements.length) {
    const exposed = replacements
      .flatMap((v) => (v.kind === 'str' ? v.options : []))
      .find((t) => ['all', 'specific'].includes(classifyBind(flatten(t), 'hostport').kind));
    return exposed ? net003(fact, api, `${showTemplate(exposed)} (listen address)`, 'high') : undefined;
  }
  const value = argumentValue(site, entry.bind);
  let texts: { template: Template; form: ListenEntry['bind']['form'] }[];
  if (!value || value.kind === 'none') {
    if (
      !value &&
      ((entry.bind.kw !== undefined && site.hasStarKwargs) ||
        (entry.bind.pos !== undefined && site.hasStarArgs))
    ) {
      return net002(
        fact,
        api,
        'bind address passed through *args/**kwargs',
        'arguments forwarded from elsewhere',
      );
    }
    if (entry.when_missing !== 'all') return undefined;
    return net003(fact, api, value ? 'None (all interfaces)' : 'default (all interfaces)', 'high');
  }
  if (value.kind === 'seq') {
    const host = value.items[0];
    if (!host) return undefined;
    if (host.kind === 'none') return net003(fact, api, 'None (all interfaces)', 'high');
    texts =
      host.kind === 'str'
        ? host.options.map((template) => ({ template, form: 'host' as const }))
        : [{ template: [{ hole: describeUnknown(host) }], form: 'host' }];
  } else if (value.kind === 'str') {
    if (entry.bind.form === 'address') return undefined; // AF_UNIX path
    texts = value.options.map((template) => ({ template, form: entry.bind.form }));
  } else if (value.kind === 'unknown') {
    texts = [{ template: [{ hole: value.reason }], form: entry.bind.form }];
  } else return undefined;
  const judged = texts.map((t) => ({ ...t, cls: classifyBind(flatten(t.template), t.form) }));
  const exposed = judged.find((j) => j.cls.kind === 'all' || j.cls.kind === 'specific');
  if (exposed) {
    const shown = showTemplate(exposed.template);
    const what =
      exposed.cls.kind === 'all' ? `${shown || "''"} (all interfaces)` : `${shown} (a network interface)`;
    return net003(
      fact,
      api,
      what,
      judged.every((j) => j.cls.kind === 'all' || j.cls.kind === 'specific') ? 'high' : 'medium',
    );
  }
  const unknowns = judged.filter((j) => j.cls.kind === 'unknown');
  if (unknowns.length) {
    return net002(
      fact,
      api,
      unknowns.map((j) => showTemplate(j.template)).join(' | '),
      provenanceOf(unknowns.map((j) => j.template)) ?? 'unknown bind address',
    );
  }
  return undefined;
}

function net003(fact: CallFact, api: string, bind: string, confidence: 'high' | 'medium'): RawFinding {
  return rawFinding('NET003', fact, {
    confidence,
    subject: `${api} ${bind}`,
    details: { qualified_name: api, destination: bind },
  });
}
