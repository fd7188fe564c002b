// npm run bench: scans the standard library of this machine's python3 (site-packages left out)
// with GateKeeper6 (dist/cli.js), Ruff's WebAssembly build checking its S rules, and Bandit, in
// the same run, and prints the median wall time, throughput and peak memory of each and the
// ratios against the targets of SPEC 10. It also checks that worker threads report exactly what
// one thread reports. `npm run bench -- --growth` instead times our scan on 1, 10 and 100 MB of
// Python (the standard library repeated) for docs/PERFORMANCE.md.
//
// The peers are installed here, never as dependencies: Ruff's npm package into a scratch folder,
// Bandit from Debian (apt-get, as root) when it is not on PATH. Runs: BENCH_RUNS (default 3).
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const scratch = path.join(root, 'node_modules', '.cache', 'bench');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const growth = process.argv.includes('--growth');
const TIME = '/usr/bin/time';

function log(line = '') {
  process.stdout.write(`${line}\n`);
}

/** The .py files of python3's standard library, copied so every tool reads the same tree. */
function stdlibCopy() {
  const stdlib = execFileSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], {
    encoding: 'utf8',
  }).trim();
  const target = path.join(scratch, 'stdlib');
  rmSync(target, { recursive: true, force: true });
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(stdlib, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.py')) continue;
    const rel = path.relative(stdlib, path.join(entry.parentPath, entry.name));
    if (rel.split(path.sep)[0] === 'site-packages') continue;
    mkdirSync(path.join(target, path.dirname(rel)), { recursive: true });
    cpSync(path.join(stdlib, rel), path.join(target, rel));
    files++;
    bytes += statSync(path.join(target, rel)).size;
  }
  return { source: stdlib, tree: target, files, bytes };
}

function ensureRuff() {
  const dir = path.join(scratch, 'ruff');
  const pkg = path.join(dir, 'node_modules', '@astral-sh', 'ruff-wasm-nodejs');
  if (!existsSync(pkg)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '@astral-sh/ruff-wasm-nodejs'], {
      cwd: dir,
      stdio: 'inherit',
    });
  }
  // Ruff's playground API: one Workspace, every file checked with the flake8-bandit (S) rules.
  const script = path.join(dir, 'ruff-s.mjs');
  writeFileSync(
    script,
    `import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PositionEncoding, Workspace } from '@astral-sh/ruff-wasm-nodejs';
const workspace = new Workspace({ lint: { select: ['S'] } }, PositionEncoding.Utf16);
let diagnostics = 0;
for (const e of readdirSync(process.argv[2], { withFileTypes: true, recursive: true })) {
  if (!e.isFile() || !e.name.endsWith('.py')) continue;
  diagnostics += workspace.check(readFileSync(path.join(e.parentPath, e.name), 'utf8')).length;
}
process.stderr.write('findings ' + diagnostics + '\\n');
`,
  );
  const version = JSON.parse(readFileSync(path.join(pkg, 'package.json'), 'utf8')).version;
  return { script, version };
}

function ensureBandit() {
  const found = spawnSync('bandit', ['--version'], { encoding: 'utf8' });
  if (found.status !== 0) {
    log('bandit not found: installing the Debian package');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'bandit'], { stdio: 'inherit' });
  }
  return spawnSync('bandit', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0];
}

/** One timed run: wall seconds and peak resident memory (GNU time), plus the command's stderr. */
function timed(command, args, ok = [0, 1]) {
  const result = spawnSync(TIME, ['-f', 'BENCH %e %M', command, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const match = /BENCH ([\d.]+) (\d+)\s*$/.exec(result.stderr);
  if (!match || !ok.includes(result.status ?? -1)) {
    throw new Error(
      `${command} ${args.join(' ')} failed (exit ${result.status}):\n${result.stderr.slice(-2000)}`,
    );
  }
  return { wall: Number(match[1]), rssMb: Number(match[2]) / 1024, stderr: result.stderr };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function measure(name, run) {
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(run(i));
  return {
    name,
    wall: median(samples.map((s) => s.wall)),
    rssMb: Math.max(...samples.map((s) => s.rssMb)),
    walls: samples.map((s) => s.wall),
    findings: samples[samples.length - 1].findings,
  };
}

function readReport(dir) {
  return JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
}

/** Our scan of `tree`; the report of the last run is kept for its run block. */
function ours(tree, jobs) {
  const out = path.join(scratch, `out-${jobs ?? 'default'}`);
  let report;
  const result = measure(jobs ? `GateKeeper6 --jobs ${jobs}` : 'GateKeeper6', () => {
    rmSync(out, { recursive: true, force: true });
    const args = [path.join(root, 'dist', 'cli.js'), tree, '--quiet', '--output-dir', out];
    if (jobs) args.push('--jobs', String(jobs));
    const sample = timed(process.execPath, args);
    report = readReport(out);
    return { ...sample, findings: report.findings.length };
  });
  return { ...result, report };
}

function withoutRun(report) {
  const { run: _run, ...rest } = report;
  return JSON.stringify(rest);
}

function row(cells, widths) {
  return cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
}

function machine() {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
}

function compare() {
  const tree = stdlibCopy();
  const ruff = ensureRuff();
  const banditVersion = ensureBandit();
  log(`machine: ${machine()}`);
  log(
    `corpus: ${tree.source} without site-packages: ${tree.files} files, ${(tree.bytes / 2 ** 20).toFixed(1)} MB; ${runs} runs each, medians`,
  );
  log(`peers: @astral-sh/ruff-wasm-nodejs ${ruff.version} (select S), ${banditVersion}`);
  log();

  const ourRun = ours(tree.tree);
  const single = ours(tree.tree, 1);
  const ruffRun = measure('Ruff WASM (S rules)', () => {
    const sample = timed(process.execPath, [ruff.script, tree.tree], [0]);
    return { ...sample, findings: Number(/findings (\d+)/.exec(sample.stderr)?.[1]) };
  });
  const banditOut = path.join(scratch, 'bandit.json');
  const banditRun = measure('Bandit', () => {
    const sample = timed('bandit', ['-r', '-q', '-f', 'json', '-o', banditOut, tree.tree]);
    return { ...sample, findings: JSON.parse(readFileSync(banditOut, 'utf8')).results.length };
  });

  const widths = [24, 10, 22, 9, 11, 9];
  log(row(['tool', 'wall (s)', 'runs (s)', 'MB/s', 'peak RSS', 'findings'], widths));
  for (const r of [ourRun, single, ruffRun, banditRun]) {
    log(
      row(
        [
          r.name,
          r.wall.toFixed(2),
          r.walls.map((w) => w.toFixed(2)).join(' '),
          (tree.bytes / 2 ** 20 / r.wall).toFixed(1),
          `${r.rssMb.toFixed(0)} MB`,
          r.findings,
        ],
        widths,
      ),
    );
  }
  log();
  const vsRuff = ourRun.wall / ruffRun.wall;
  const vsBandit = ourRun.wall / banditRun.wall;
  const verdict = (ok) => (ok ? 'met' : 'NOT met');
  log(`ours/Ruff-WASM wall:   ${vsRuff.toFixed(3)}  (target <= 1.0: ${verdict(vsRuff <= 1)})`);
  log(`ours/Bandit wall:      ${vsBandit.toFixed(3)}  (target <= 0.05: ${verdict(vsBandit <= 0.05)})`);
  log(
    `our peak memory:       ${ourRun.rssMb.toFixed(0)} MB  (target < 500 MB: ${verdict(ourRun.rssMb < 500)})`,
  );
  const same = withoutRun(ourRun.report) === withoutRun(single.report);
  log(`findings with ${ourRun.report.run.jobs} threads equal one thread's: ${same ? 'yes' : 'NO'}`);
  const { prefilter, stages_ms: stages } = ourRun.report.run;
  log(
    `prefilter: ${prefilter.files_not_analysed} of ${tree.files} files (${((100 * prefilter.files_not_analysed) / tree.files).toFixed(1)}%), ` +
      `${((100 * prefilter.bytes_not_analysed) / tree.bytes).toFixed(1)}% of bytes not analysed (parsed for syntax errors only)`,
  );
  log(
    `stages (last run, ms; read/parse/resolve+match summed over ${ourRun.report.run.jobs} threads): ` +
      Object.entries(stages)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') +
      `; whole run ${ourRun.report.run.duration_ms}`,
  );
  if (!same) process.exitCode = 1;
}

/** Our scan time against tree size: about 1, 10 and 100 MB of Python. */
function growthTable() {
  const tree = stdlibCopy();
  log(`machine: ${machine()}`);
  const sizes = [1, 10, 100];
  const widths = [10, 8, 10, 10, 10, 10];
  log(row(['target', 'files', 'MB', 'wall (s)', 's per MB', 'peak RSS'], widths));
  const files = readdirSync(tree.tree, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  for (const mb of sizes) {
    const target = path.join(scratch, `growth-${mb}`);
    rmSync(target, { recursive: true, force: true });
    let bytes = 0;
    let count = 0;
    for (let copy = 0; bytes < mb * 2 ** 20; copy++) {
      for (const file of files) {
        if (bytes >= mb * 2 ** 20) break;
        const dest = path.join(target, `copy${copy}`, path.relative(tree.tree, file));
        mkdirSync(path.dirname(dest), { recursive: true });
        cpSync(file, dest);
        bytes += statSync(dest).size;
        count++;
      }
    }
    const r = ours(target);
    log(
      row(
        [
          `${mb} MB`,
          count,
          (bytes / 2 ** 20).toFixed(1),
          r.wall.toFixed(2),
          (r.wall / (bytes / 2 ** 20)).toFixed(3),
          `${r.rssMb.toFixed(0)} MB`,
        ],
        widths,
      ),
    );
    rmSync(target, { recursive: true, force: true });
  }
}

if (!existsSync(TIME))
  throw new Error(`${TIME} (GNU time) is needed to measure peak memory: apt-get install time`);
mkdirSync(scratch, { recursive: true });
if (growth) growthTable();
else compare();
