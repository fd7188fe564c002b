/**
 * The action's inputs (SPEC 2.2), read and checked up front: any bad value is a `ConfigError`
 * naming the input, before anything is scanned or uploaded. Empty inputs take the documented
 * default (the runner fills defaults from action.yml; this covers runs without it).
 */
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

import { PROFILES, type Profile } from '../model/finding.js';
import { ConfigError } from '../model/errors.js';
import type { FailOn } from '../publish/github/check-run.js';

export type AnnotationMode = 'all' | 'changed' | 'none';

export interface ActionInputs {
  path: string;
  profile: Profile;
  allowlist?: string;
  policy?: string;
  baseline?: string;
  outputDir: string;
  failOn: FailOn;
  sarif: boolean;
  uploadSarif: boolean;
  checkRun: boolean;
  checkName: string;
  annotations: AnnotationMode;
  uploadArtifact: boolean;
  artifactName: string;
  jobSummary: boolean;
  egressCommand?: string;
  include: string[];
  exclude: string[];
  jobs?: number;
  /** Absent only when no GitHub API feature is on. */
  token?: string;
}

/** Reads one raw input value ('' when unset). */
export type InputSource = (name: string) => string;

/** The value of input `name`; throws a `ConfigError` naming it when it is empty. */
export function requiredInput(source: InputSource, name: string): string {
  const value = source(name).trim();
  if (!value) throw new ConfigError(`input ${name} is required and was empty`);
  return value;
}

/** The value of input `name`, or `undefined` when it is empty or only spaces. */
export function optionalInput(source: InputSource, name: string): string | undefined {
  const value = source(name).trim();
  return value === '' ? undefined : value;
}

function oneOf<T extends string>(source: InputSource, name: string, allowed: readonly T[], fallback: T): T {
  const value = optionalInput(source, name) ?? fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(`input ${name}: '${value}' is not one of ${allowed.join(', ')}`);
  }
  return value as T;
}

/** YAML 1.2 core-schema booleans, as `@actions/core` getBooleanInput accepts them. */
function bool(source: InputSource, name: string, fallback: boolean): boolean {
  const value = optionalInput(source, name);
  if (value === undefined) return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new ConfigError(`input ${name}: '${value}' is not a boolean (true or false)`);
}

/** Globs separated by newlines or commas (a YAML block list or one line). */
function list(source: InputSource, name: string): string[] {
  return (optionalInput(source, name) ?? '')
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function readableFile(name: string, value: string | undefined, cwd: string): string | undefined {
  if (value === undefined) return undefined;
  try {
    accessSync(path.resolve(cwd, value), constants.R_OK);
  } catch (error) {
    throw new ConfigError(
      `input ${name}: cannot read '${value}' (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  return value;
}

// Characters @actions/artifact refuses in a name.
const BAD_ARTIFACT_NAME = /[":<>|*?\r\n\\/]/;

/**
 * All inputs, validated. `isPullRequest` picks the `annotations` default (changed on pull
 * requests, all otherwise); `cwd` resolves file inputs, which must be readable.
 */
export function readInputs(
  source: InputSource,
  options: { isPullRequest: boolean; cwd: string },
): ActionInputs {
  const target = optionalInput(source, 'path') ?? '.';
  let isDirectory = false;
  try {
    isDirectory = statSync(path.resolve(options.cwd, target)).isDirectory();
  } catch {
    // reported below
  }
  if (!isDirectory) throw new ConfigError(`input path: '${target}' is not a directory`);

  const policy = optionalInput(source, 'policy');
  const jobsText = optionalInput(source, 'jobs');
  if (jobsText !== undefined && !/^[1-9]\d{0,3}$/.test(jobsText)) {
    throw new ConfigError(`input jobs: '${jobsText}' is not a positive whole number`);
  }
  const artifactName = optionalInput(source, 'artifact-name') ?? 'mcen_audit';
  if (BAD_ARTIFACT_NAME.test(artifactName)) {
    throw new ConfigError(
      `input artifact-name: '${artifactName}' may not contain " : < > | * ? \\ / or line breaks`,
    );
  }
  const inputs: ActionInputs = {
    path: target,
    profile: oneOf(source, 'profile', PROFILES, 'mcen_practical'),
    allowlist: readableFile('allowlist', optionalInput(source, 'allowlist'), options.cwd),
    // builtin:NAME policies are resolved by the engine, which names unknown ones.
    policy: policy?.startsWith('builtin:') ? policy : readableFile('policy', policy, options.cwd),
    baseline: readableFile('baseline', optionalInput(source, 'baseline'), options.cwd),
    outputDir: optionalInput(source, 'output-dir') ?? 'mcen_audit',
    failOn: oneOf(source, 'fail-on', ['fail', 'conditional', 'never'] as const, 'fail'),
    sarif: bool(source, 'sarif', true),
    uploadSarif: bool(source, 'upload-sarif', false),
    checkRun: bool(source, 'check-run', true),
    checkName: optionalInput(source, 'check-name') ?? 'GateKeeper6',
    annotations: oneOf(
      source,
      'annotations',
      ['all', 'changed', 'none'] as const,
      options.isPullRequest ? 'changed' : 'all',
    ),
    uploadArtifact: bool(source, 'upload-artifact', true),
    artifactName,
    jobSummary: bool(source, 'job-summary', true),
    egressCommand: optionalInput(source, 'egress-command'),
    include: list(source, 'include'),
    exclude: list(source, 'exclude'),
    jobs: jobsText === undefined ? undefined : Number(jobsText),
  };
  if (inputs.uploadSarif && !inputs.sarif) {
    throw new ConfigError('input upload-sarif: true needs sarif: true (there is no SARIF file to upload)');
  }
  const needsApi =
    inputs.checkRun || inputs.uploadSarif || (inputs.annotations === 'changed' && options.isPullRequest);
  inputs.token = needsApi ? requiredInput(source, 'token') : optionalInput(source, 'token');
  return inputs;
}
