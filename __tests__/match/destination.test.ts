// Covers src/match/destination.ts: destination and bind-address classification in every spelling.
import fc from 'fast-check';

import type { BindForm, DestinationKind } from '../../src/match/destination.js';
import { classifyBind, classifyDestination } from '../../src/match/destination.js';
import type { DestinationForm } from '../../src/model/rulepack.js';
import { UNKNOWN_CHAR } from '../../src/model/value.js';

/** `$` in a row stands for an unknown part of the value. */
const H = (text: string): string => text.split('$').join(UNKNOWN_CHAR);

const destinations: [DestinationForm, string, DestinationKind][] = [
  // loopback names
  ['host', 'localhost', 'loopback'],
  ['host', 'LOCALHOST', 'loopback'],
  ['host', 'LocalHost.', 'loopback'],
  ['host', 'localhost.localdomain', 'loopback'],
  ['host', 'ip6-localhost', 'loopback'],
  ['host', 'ip6-loopback', 'loopback'],
  ['host', 'localhost:8080', 'loopback'],
  ['host', 'app.localhost', 'unknown'],
  ['host', 'localhost.example.com', 'remote'],
  ['host', 'mylocalhost', 'remote'],
  // IPv4 loopback in every inet_aton spelling
  ['host', '127.0.0.1', 'loopback'],
  ['host', '127.1', 'loopback'],
  ['host', '127.255.255.254', 'loopback'],
  ['host', '0x7f.1', 'loopback'],
  ['host', '0x7f000001', 'loopback'],
  ['host', '2130706433', 'loopback'],
  ['host', '0177.0.0.1', 'loopback'],
  ['host', '017700000001', 'loopback'],
  ['host', '127.000.000.001', 'loopback'],
  ['host', '127.0.0.1.', 'loopback'],
  ['host', '127.0.0.1:5000', 'loopback'],
  ['host', '128.0.0.1', 'remote'],
  ['host', '126.255.255.255', 'remote'],
  // IPv6
  ['host', '::1', 'loopback'],
  ['host', '[::1]', 'loopback'],
  ['host', '[::1]:8080', 'loopback'],
  ['host', '0:0:0:0:0:0:0:1', 'loopback'],
  ['host', '::ffff:127.0.0.1', 'loopback'],
  ['host', '::ffff:7f00:1', 'loopback'],
  ['host', '[::ffff:127.0.0.2]:80', 'loopback'],
  ['host', '::ffff:10.0.0.1', 'remote'],
  ['host', '::2', 'remote'],
  ['host', 'fe80::1%eth0', 'remote'],
  ['host', '2001:db8::1', 'remote'],
  ['host', '64:ff9b::7f00:1', 'remote'],
  // remote: private, link-local, metadata, public
  ['host', '10.0.0.1', 'remote'],
  ['host', '192.168.1.20', 'remote'],
  ['host', '172.16.0.1', 'remote'],
  ['host', '169.254.169.254', 'remote'],
  ['host', 'metadata.google.internal', 'remote'],
  ['host', 'example.com', 'remote'],
  ['host', 'db', 'remote'],
  // the unspecified address reaches this machine
  ['host', '0.0.0.0', 'loopback'],
  ['host', '::', 'loopback'],
  ['host', '::ffff:0.0.0.0', 'loopback'],
  ['host', '0.1.2.3', 'remote'],
  // invalid and partial hosts
  ['host', '', 'unknown'],
  ['host', 'exa mple.com', 'unknown'],
  ['host', '%31%32%37.0.0.1', 'unknown'],
  ['host', H('$'), 'unknown'],
  ['host', H('$:8080'), 'unknown'],
  ['host', H('localhost:$'), 'loopback'],
  ['host', H('$.example.com'), 'remote'],
  ['host', H('$.example.com.'), 'remote'],
  ['host', H('api-$.corp.internal'), 'remote'],
  ['host', H('$example.com'), 'remote'],
  ['host', H('localhost$'), 'unknown'],
  ['host', H('127.0.0.$'), 'unknown'],
  ['host', H('$.0.0.1'), 'unknown'],
  ['host', H('$.0x1'), 'unknown'],
  ['host', H('$ab'), 'unknown'],
  ['host', H('$host'), 'unknown'],
  ['host', H('$.localdomain'), 'unknown'],
  ['host', H('$.localhost'), 'unknown'],
  ['host', H('[$]:80'), 'unknown'],
  // url
  ['url', 'http://127.0.0.1:8080/health', 'loopback'],
  ['url', 'http://localhost/x', 'loopback'],
  ['url', 'HTTP://LOCALHOST./x', 'loopback'],
  ['url', 'https://[::1]:8443/', 'loopback'],
  ['url', 'http://[::ffff:127.0.0.1]/', 'loopback'],
  ['url', 'http://0x7f.1/', 'loopback'],
  ['url', 'http://2130706433/', 'loopback'],
  ['url', 'http://user:pw@localhost:80/p?q#f', 'loopback'],
  ['url', 'http://evil.com@127.0.0.1/', 'loopback'],
  ['url', 'http://127.0.0.1@evil.com/', 'remote'],
  ['url', 'https://example.com', 'remote'],
  ['url', 'https://example.com/path?x=http://localhost', 'remote'],
  ['url', 'ftp://files.example.org/pub', 'remote'],
  ['url', 'ws://10.1.2.3:9000/socket', 'remote'],
  ['url', 'http://169.254.169.254/latest/meta-data/', 'remote'],
  ['url', '//cdn.example.com/lib.js', 'remote'],
  ['url', '//localhost/lib.js', 'loopback'],
  ['url', 'http+unix://%2Fvar%2Frun%2Fdocker.sock/info', 'unix'],
  ['url', 'unix:///var/run/docker.sock', 'unix'],
  ['url', 'unix:/tmp/app.sock', 'unix'],
  ['url', 'ipc:///tmp/feed', 'unix'],
  ['url', 'inproc://workers', 'unix'],
  ['url', 'npipe:////./pipe/docker_engine', 'unix'],
  ['url', '\\\\.\\pipe\\docker_engine', 'unix'],
  ['url', '\\\\?\\C:\\data\\x.txt', 'local-file'],
  ['url', '\\\\fileserver\\share\\x', 'remote'],
  ['url', 'file:///etc/hosts', 'local-file'],
  ['url', 'file:relative.txt', 'local-file'],
  ['url', 'data:text/plain;base64,aGk=', 'local-file'],
  ['url', '/api/items', 'unknown'],
  ['url', 'api/items', 'unknown'],
  ['url', 'http:///nohost', 'unknown'],
  ['url', H('http://127.0.0.1:$/x'), 'loopback'],
  ['url', H('http://localhost:$'), 'loopback'],
  ['url', H('http://127.0.0.1:8000$'), 'loopback'],
  ['url', H('http://$.example.com/x'), 'remote'],
  ['url', H('http://localhost$'), 'unknown'],
  ['url', H('http://$/x'), 'unknown'],
  ['url', H('http://$:8080/'), 'unknown'],
  ['url', H('$/api/x'), 'unknown'],
  ['url', H('$://localhost/x'), 'loopback'],
  ['url', H('$://example.com/x'), 'remote'],
  ['url', H('https://$@example.com/'), 'remote'],
  ['url', H('https://user:$@localhost/'), 'loopback'],
  ['url', '', 'unknown'],
  // proxies: values are URLs, a missing scheme means http
  ['proxies', 'http://127.0.0.1:3128', 'loopback'],
  ['proxies', '10.0.0.5:3128', 'remote'],
  ['proxies', 'socks5h://proxy.corp.example:1080', 'remote'],
  ['proxies', 'localhost:8888', 'loopback'],
  // address: a string where a tuple is expected is an AF_UNIX path
  ['address', '/tmp/app.sock', 'unix'],
  ['address', H('/run/$.sock'), 'unix'],
  // dsn
  ['dsn', 'postgresql://u:p@localhost:5432/db', 'loopback'],
  ['dsn', 'postgresql://u:p@db.internal:5432/db', 'remote'],
  ['dsn', 'postgres://u:p@127.0.0.1/db?sslmode=disable', 'loopback'],
  ['dsn', 'postgresql:///db', 'unix'],
  ['dsn', 'postgresql:///db?host=/var/run/postgresql', 'unix'],
  ['dsn', 'postgresql:///db?host=10.0.0.4', 'remote'],
  ['dsn', 'postgresql://%2Fvar%2Frun%2Fpostgresql/db', 'unix'],
  ['dsn', 'postgresql://h1:5432,localhost:5433/db', 'remote'],
  ['dsn', 'mysql+pymysql://root:p@ss@localhost/app', 'loopback'],
  ['dsn', 'mysql+pymysql://root:secret@10.0.0.2:3306/app', 'remote'],
  ['dsn', 'redis://localhost:6379/0', 'loopback'],
  ['dsn', 'rediss://cache.example.com:6380', 'remote'],
  ['dsn', 'redis://', 'loopback'],
  ['dsn', 'amqp://guest:guest@[::1]:5672//', 'loopback'],
  ['dsn', 'amqp://guest:guest@rabbit:5672/', 'remote'],
  ['dsn', 'mongodb://localhost:27017,127.0.0.1:27018/?replicaSet=rs0', 'loopback'],
  ['dsn', 'mongodb://localhost,db2.example.com/', 'remote'],
  ['dsn', H('mongodb://localhost,$/'), 'unknown'],
  ['dsn', 'sqlite:///x.db', 'local-file'],
  ['dsn', 'sqlite://', 'local-file'],
  ['dsn', 'sqlite+pysqlite:///:memory:', 'local-file'],
  ['dsn', 'host=localhost port=5432 dbname=app', 'loopback'],
  ['dsn', "host='db.example.com' dbname=app", 'remote'],
  ['dsn', 'hostaddr=127.0.0.1 host=db.example.com', 'loopback'],
  ['dsn', 'host=/tmp dbname=app', 'unix'],
  ['dsn', 'host=/tmp,db.example.com dbname=app', 'remote'],
  ['dsn', 'postgresql://%2Ftmp,localhost/db', 'loopback'],
  ['dsn', 'dbname=app user=me', 'unix'],
  ['dsn', 'DRIVER={ODBC Driver 18};SERVER=tcp:db.example.com,1433;DATABASE=x', 'remote'],
  ['dsn', 'Driver={SQL Server};Server=(local);Database=x', 'loopback'],
  ['dsn', 'Server=tcp:[::1],1433;Database=x', 'loopback'],
  ['dsn', 'Driver={SQL Server};Server=.\\SQLEXPRESS;Database=x', 'loopback'],
  ['dsn', 'DSN=warehouse;UID=me', 'unknown'],
  ['dsn', 'localhost:1521/orclpdb', 'loopback'],
  ['dsn', 'dbhost.example.com:1521/orcl', 'remote'],
  ['dsn', 'ORCL', 'unknown'],
  ['dsn', H('postgresql://u:$@localhost/db'), 'loopback'],
  ['dsn', H('postgresql://u:p@$/db'), 'unknown'],
  // ssh
  ['ssh', 'user@localhost', 'loopback'],
  ['ssh', 'user@host.example.com', 'remote'],
  ['ssh', 'deploy@10.0.0.8:/srv/app', 'remote'],
  ['ssh', 'user@127.0.0.1:backup/', 'loopback'],
  ['ssh', 'ssh://user@example.com:2222', 'remote'],
  ['ssh', 'ssh://git@[::1]:22/repo', 'loopback'],
  ['ssh', 'user@[::1]:/tmp/x', 'loopback'],
  ['ssh', 'user@::1', 'loopback'],
  ['ssh', 'bastion', 'remote'],
  ['ssh', 'localhost', 'loopback'],
  ['ssh', '/tmp/file.txt', 'local-file'],
  ['ssh', './build/out.tar', 'local-file'],
  ['ssh', H('$@localhost'), 'loopback'],
  ['ssh', H('user@$'), 'unknown'],
];

describe('classifyDestination', () => {
  test('the table has no duplicate rows', () => {
    const keys = destinations.map(([form, text]) => `${form}\u0001${text}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBeGreaterThanOrEqual(80);
  });

  test.each(destinations)('%s %j is %s', (form, text, kind) => {
    expect(classifyDestination(text, form).kind).toBe(kind);
  });

  test('unknown and partial verdicts explain themselves', () => {
    expect(classifyDestination(H('http://localhost$'), 'url').reason).toMatch(/localhost…/);
    const partial = classifyDestination(H('http://$.example.com/'), 'url');
    expect(partial).toEqual({
      kind: 'remote',
      host: '….example.com',
      reason: 'host "….example.com" is a name ending in ".example.com", which no loopback name does',
    });
    expect(classifyDestination('0.0.0.0', 'host').reason).toMatch(/reaches this machine/);
  });

  test('hosts are reported normalised', () => {
    expect(classifyDestination('http://0x7f.1/', 'url').host).toBe('127.0.0.1');
    expect(classifyDestination('::ffff:7f00:1', 'host').host).toBe('::ffff:7f00:1 (127.0.0.1)');
    expect(classifyDestination('https://Example.COM./x', 'url').host).toBe('example.com');
  });
});

const binds: [BindForm, string, string][] = [
  ['host', '0.0.0.0', 'all'],
  ['host', '', 'all'],
  ['host', '::', 'all'],
  ['host', '[::]', 'all'],
  ['host', '::0', 'all'],
  ['host', '0:0:0:0:0:0:0:0', 'all'],
  ['host', '0', 'all'],
  ['host', '*', 'all'],
  ['host', '0.0.0.3', 'specific'],
  ['host', '127.0.0.1', 'loopback'],
  ['host', 'localhost', 'loopback'],
  ['host', '::1', 'loopback'],
  ['host', '192.168.1.10', 'specific'],
  ['host', 'myhost.example.com', 'specific'],
  ['host', '0.0.0.0:8080', 'all'],
  ['host', 'localhost:8080', 'loopback'],
  ['host', 'tcp://*:5555', 'all'],
  ['host', 'tcp://0.0.0.0:5555', 'all'],
  ['host', 'tcp://127.0.0.1:5555', 'loopback'],
  ['host', 'ipc:///tmp/feed', 'unix'],
  ['host', H('$'), 'unknown'],
  ['hostport', '0.0.0.0:8000', 'all'],
  ['hostport', '[::]:8000', 'all'],
  ['hostport', ':8000', 'all'],
  ['hostport', '127.0.0.1:8000', 'loopback'],
  ['hostport', 'localhost:8000', 'loopback'],
  ['hostport', '10.0.0.3:8000', 'specific'],
  ['hostport', 'unix:/tmp/gunicorn.sock', 'unix'],
  ['hostport', 'fd://3', 'unknown'],
  ['hostport', 'tcp://*:5556', 'all'],
  ['hostport', H('0.0.0.0:$'), 'all'],
  ['hostport', H('$:8000'), 'unknown'],
  ['hostport', H('$.example.com:80'), 'specific'],
  ['address', '/tmp/app.sock', 'unix'],
];

describe('classifyBind', () => {
  test('the table has no duplicate rows', () => {
    const keys = binds.map(([form, text]) => `${form}\u0001${text}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test.each(binds)('%s %j is %s', (form, text, kind) => {
    expect(classifyBind(text, form).kind).toBe(kind);
  });
});

describe('robustness', () => {
  const forms: DestinationForm[] = ['url', 'host', 'address', 'dsn', 'ssh', 'proxies'];
  const bindForms: BindForm[] = ['host', 'hostport', 'address'];
  // Text built from the characters that steer the parsers, plus holes.
  const tricky = fc
    .array(
      fc.constantFrom(...":/@[]%.,;=?#\\ '*0127fx:lochst".split(''), UNKNOWN_CHAR, '::1', 'localhost', '://'),
      {
        maxLength: 30,
      },
    )
    .map((parts) => parts.join(''));

  test('never throws and always answers with a known kind and a reason for unknown', () => {
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string()), fc.constantFrom(...forms), (text, form) => {
        const verdict = classifyDestination(text, form);
        expect(['loopback', 'remote', 'unix', 'local-file', 'unknown']).toContain(verdict.kind);
        if (verdict.kind === 'unknown') expect(verdict.reason).toBeTruthy();
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string()), fc.constantFrom(...bindForms), (text, form) => {
        expect(['loopback', 'all', 'specific', 'unix', 'unknown']).toContain(classifyBind(text, form).kind);
      }),
      { numRuns: 3000 },
    );
  });

  test('a host with an unknown part is never called loopback', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        const host = `${text}${UNKNOWN_CHAR}${text}`.replace(/[/?#@:[\]]/g, '');
        expect(classifyDestination(`http://${host}/`, 'url').kind).not.toBe('loopback');
      }),
      { numRuns: 2000 },
    );
  });
});
