// Covers src/action/inputs.ts: defaults, validation, and errors that name the input.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { optionalInput, readInputs, requiredInput } from '../../src/action/inputs.js';
import { ConfigError } from '../../src/model/errors.js';

const cwd = mkdtempSync(path.join(tmpdir(), 'gk6-inputs-'));
mkdirSync(path.join(cwd, 'svc'));
writeFileSync(path.join(cwd, 'allow.json'), '{}');
writeFileSync(path.join(cwd, 'policy.yml'), 'policies: []');

const source =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? '';
const read = (values: Record<string, string>, isPullRequest = false) =>
  readInputs(source({ token: 'tok', ...values }), { isPullRequest, cwd });

test('the two helpers: required names the input, optional gives undefined for blank', () => {
  expect(() => requiredInput(source({ token: '  ' }), 'token')).toThrow(
    new ConfigError('input token is required and was empty'),
  );
  expect(requiredInput(source({ token: ' t ' }), 'token')).toBe('t');
  expect(optionalInput(source({ policy: '   ' }), 'policy')).toBeUndefined();
});

test('defaults follow SPEC 2.2', () => {
  expect(read({})).toEqual({
    path: '.',
    profile: 'mcen_practical',
    allowlist: undefined,
    policy: undefined,
    baseline: undefined,
    outputDir: 'mcen_audit',
    failOn: 'fail',
    sarif: true,
    uploadSarif: false,
    checkRun: true,
    checkName: 'GateKeeper6',
    annotations: 'all',
    uploadArtifact: true,
    artifactName: 'mcen_audit',
    jobSummary: true,
    egressCommand: undefined,
    include: [],
    exclude: [],
    jobs: undefined,
    token: 'tok',
  });
  expect(read({}, true).annotations).toBe('changed');
});

test('values are taken as given', () => {
  const inputs = read({
    path: 'svc',
    profile: 'mcen_strict',
    allowlist: 'allow.json',
    policy: 'policy.yml',
    'fail-on': 'conditional',
    sarif: 'True',
    'upload-sarif': 'TRUE',
    'check-run': 'false',
    annotations: 'none',
    include: 'a/**\nb/**, c.py',
    exclude: 'tests',
    jobs: '4',
    'egress-command': 'python -m pytest',
  });
  expect(inputs).toMatchObject({
    path: 'svc',
    profile: 'mcen_strict',
    allowlist: 'allow.json',
    policy: 'policy.yml',
    failOn: 'conditional',
    sarif: true,
    uploadSarif: true,
    checkRun: false,
    annotations: 'none',
    include: ['a/**', 'b/**', 'c.py'],
    exclude: ['tests'],
    jobs: 4,
    egressCommand: 'python -m pytest',
  });
  expect(read({ policy: 'builtin:chameleon-defaults' }).policy).toBe('builtin:chameleon-defaults');
});

test.each([
  [{ 'fail-on': 'sometimes' }, "input fail-on: 'sometimes' is not one of fail, conditional, never"],
  [{ profile: 'strict' }, "input profile: 'strict' is not one of mcen_practical, mcen_strict"],
  [{ annotations: 'some' }, "input annotations: 'some' is not one of all, changed, none"],
  [{ sarif: 'yes' }, "input sarif: 'yes' is not a boolean (true or false)"],
  [{ 'check-run': '1' }, "input check-run: '1' is not a boolean (true or false)"],
  [{ jobs: '0' }, "input jobs: '0' is not a positive whole number"],
  [{ jobs: 'many' }, "input jobs: 'many' is not a positive whole number"],
  [{ path: 'nope' }, "input path: 'nope' is not a directory"],
  [{ path: 'allow.json' }, "input path: 'allow.json' is not a directory"],
  [{ allowlist: 'missing.json' }, "input allowlist: cannot read 'missing.json' (ENOENT)"],
  [{ policy: 'missing.db' }, "input policy: cannot read 'missing.db' (ENOENT)"],
  [{ baseline: 'old.sarif' }, "input baseline: cannot read 'old.sarif' (ENOENT)"],
  [
    { 'artifact-name': 'a/b' },
    "input artifact-name: 'a/b' may not contain \" : < > | * ? \\ / or line breaks",
  ],
  [
    { 'upload-sarif': 'true', sarif: 'false' },
    'input upload-sarif: true needs sarif: true (there is no SARIF file to upload)',
  ],
  [{ token: '' }, 'input token is required and was empty'],
])('%j is a ConfigError: %s', (values, message) => {
  expect(() => read(values)).toThrow(new ConfigError(message));
});

test('the token may be empty when no API feature is on', () => {
  expect(read({ token: '', 'check-run': 'false' }).token).toBeUndefined();
  expect(() => read({ token: '', 'check-run': 'false' }, true)).toThrow(/input token/);
  expect(read({ token: '', 'check-run': 'false', annotations: 'all' }, true).token).toBeUndefined();
});
