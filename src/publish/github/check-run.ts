/**
 * The check run: created on the pull request head with the first 50 annotations, then PATCHed
 * with 50 more at a time (each PATCH appends), concluded only once every batch is in.
 * https://docs.github.com/en/rest/checks/runs#update-a-check-run
 */
import type { Decision } from '../../model/report.js';
import { clipText } from '../../render/escape.js';
import type { CheckAnnotation, CheckConclusion, CheckRunOutput, GitHubClient } from './github-client.js';

/** The Checks API takes at most 50 annotations per request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** `output.summary` and `output.text` are limited to 65,535 characters. */
export const MAX_CHECK_SUMMARY = 65_535;

export type FailOn = 'fail' | 'conditional' | 'never';

/**
 * The check-run conclusion for a decision under `fail-on`: `failure` exactly when the step fails,
 * `neutral` when findings need attention without failing it, `success` on PASS.
 */
export function checkConclusion(decision: Decision, failOn: FailOn): CheckConclusion {
  if (decision === 'PASS') return 'success';
  if (failOn === 'never') return 'neutral';
  if (decision === 'FAIL' || failOn === 'conditional') return 'failure';
  return 'neutral';
}

export interface CheckRunRequest {
  name: string;
  headSha: string;
  conclusion: CheckConclusion;
  title: string;
  /** Markdown; clipped to the API limit. */
  summary: string;
  annotations: readonly CheckAnnotation[];
  detailsUrl?: string;
}

export interface CheckRunResult {
  id: number;
  /** How many annotations reached the check run, from the front of the list. */
  sent: number;
  /** Set when a PATCH failed after the run was created; the caller shows the unsent rest itself. */
  error?: Error;
}

function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Creates and completes the check run. Rejects (with the client's error) only when the create
 * itself fails, e.g. 403 for a read-only token; a later failure is returned in `error` with the
 * count of annotations sent, after a last attempt to conclude the run.
 */
export async function publishCheckRun(
  client: GitHubClient,
  request: CheckRunRequest,
): Promise<CheckRunResult> {
  const parts = batches(request.annotations, ANNOTATIONS_PER_REQUEST);
  const output = (annotations: CheckAnnotation[] | undefined, note = ''): CheckRunOutput => ({
    title: clipText(request.title, 255),
    summary: clipText(note + request.summary, MAX_CHECK_SUMMARY),
    ...(annotations ? { annotations } : {}),
  });
  const done = { status: 'completed' as const, conclusion: request.conclusion };
  const single = parts.length <= 1;
  const created = await client.createCheckRun({
    name: request.name,
    head_sha: request.headSha,
    ...(single ? done : { status: 'in_progress' as const }),
    ...(request.detailsUrl ? { details_url: request.detailsUrl } : {}),
    output: output(parts[0]),
  });
  let sent = parts[0]?.length ?? 0;
  try {
    for (let i = 1; i < parts.length; i++) {
      const last = i === parts.length - 1;
      await client.updateCheckRun(created.id, { ...(last ? done : {}), output: output(parts[i]) });
      sent += parts[i]!.length;
    }
    return { id: created.id, sent };
  } catch (error) {
    // Conclude anyway, so the run does not stay "in progress" forever; the summary says what is missing.
    const note = `> Only ${sent} of ${request.annotations.length} annotations could be attached; the job summary and the SARIF file list every finding.\n\n`;
    try {
      await client.updateCheckRun(created.id, { ...done, output: output(undefined, note) });
    } catch {
      // The first error is the one worth reporting.
    }
    return { id: created.id, sent, error: error as Error };
  }
}
