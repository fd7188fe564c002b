// Covers src/publish/github/check-run.ts: conclusion per fail-on, 50-per-request batching, partial failures.
import { toAnnotation } from '../../../src/publish/github/annotations.js';
import type { FailOn } from '../../../src/publish/github/check-run.js';
import {
  checkConclusion,
  MAX_CHECK_SUMMARY,
  publishCheckRun,
} from '../../../src/publish/github/check-run.js';
import type { CheckAnnotation } from '../../../src/publish/github/github-client.js';
import type { Decision } from '../../../src/model/report.js';
import { FakeGitHubClient } from './helpers/fake-client.js';
import { manyFindings } from './helpers/report-fixture.js';

const annotations = (n: number): CheckAnnotation[] => manyFindings(n).map((f) => toAnnotation(f));
const request = (n: number) => ({
  name: 'GateKeeper6',
  headSha: 'head123',
  conclusion: 'failure' as const,
  title: 'FAIL: 3 blocker',
  summary: 'summary',
  annotations: annotations(n),
});

describe('checkConclusion', () => {
  const table: [Decision, FailOn, string][] = [
    ['FAIL', 'fail', 'failure'],
    ['FAIL', 'conditional', 'failure'],
    ['FAIL', 'never', 'neutral'],
    ['CONDITIONAL_PASS', 'fail', 'neutral'],
    ['CONDITIONAL_PASS', 'conditional', 'failure'],
    ['CONDITIONAL_PASS', 'never', 'neutral'],
    ['PASS', 'fail', 'success'],
    ['PASS', 'conditional', 'success'],
    ['PASS', 'never', 'success'],
  ];
  test.each(table)('%s with fail-on %s concludes %s', (decision, failOn, expected) => {
    expect(checkConclusion(decision, failOn)).toBe(expected);
  });
});

describe('publishCheckRun', () => {
  test('120 annotations: create with 50 in progress, PATCH 50, PATCH the last 20 with the conclusion', async () => {
    const client = new FakeGitHubClient();
    const result = await publishCheckRun(client, request(120));
    expect(client.ops()).toEqual(['create', 'update', 'update']);
    const [create, first, last] = client.calls;
    if (create?.op !== 'create' || first?.op !== 'update' || last?.op !== 'update')
      throw new Error('unexpected calls');
    expect(create.request.head_sha).toBe('head123');
    expect(create.request.status).toBe('in_progress');
    expect(create.request.conclusion).toBeUndefined();
    expect(create.request.output.annotations).toHaveLength(50);
    expect(first.request.output.annotations).toHaveLength(50);
    expect(first.request.conclusion).toBeUndefined();
    expect(last.request.output.annotations).toHaveLength(20);
    expect(last.request).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(first.id).toBe(77);
    // Every annotation is sent exactly once, in order.
    const sent = client.calls.flatMap((c) =>
      c.op === 'create' || c.op === 'update' ? (c.request.output.annotations ?? []) : [],
    );
    expect(sent.map((a) => a.start_line)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    expect(result).toEqual({ id: 77, sent: 120 });
  });

  test.each([0, 1, 50])('%i annotations fit in one completed create', async (n) => {
    const client = new FakeGitHubClient();
    const result = await publishCheckRun(client, request(n));
    expect(client.ops()).toEqual(['create']);
    const create = client.calls[0];
    if (create?.op !== 'create') throw new Error('no create');
    expect(create.request).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(create.request.output.annotations ?? []).toHaveLength(n);
    expect(result.sent).toBe(n);
  });

  test('51 annotations: create with 50, one concluding PATCH with 1', async () => {
    const client = new FakeGitHubClient();
    await publishCheckRun(client, request(51));
    expect(client.ops()).toEqual(['create', 'update']);
    const last = client.calls[1];
    if (last?.op !== 'update') throw new Error('no update');
    expect(last.request.output.annotations).toHaveLength(1);
    expect(last.request.conclusion).toBe('failure');
  });

  test('a failing PATCH stops the batches, concludes the run anyway and reports what was sent', async () => {
    const client = new FakeGitHubClient({ failUpdateNumber: 2 });
    const result = await publishCheckRun(client, request(160));
    expect(client.ops()).toEqual(['create', 'update', 'update', 'update']);
    expect(result.sent).toBe(100);
    expect(result.error?.message).toMatch(/502/);
    const conclude = client.calls[3];
    if (conclude?.op !== 'update') throw new Error('no conclusion');
    expect(conclude.request).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(conclude.request.output.annotations).toBeUndefined();
    expect(conclude.request.output.summary).toMatch(/Only 100 of 160 annotations/);
  });

  test('a failing create rejects with the client error', async () => {
    const client = new FakeGitHubClient({ failCreate: 403 });
    await expect(publishCheckRun(client, request(3))).rejects.toMatchObject({ status: 403 });
  });

  test('summary and title are clipped to the API limits', async () => {
    const client = new FakeGitHubClient();
    await publishCheckRun(client, { ...request(0), title: 't'.repeat(300), summary: 's'.repeat(70_000) });
    const create = client.calls[0];
    if (create?.op !== 'create') throw new Error('no create');
    expect(create.request.output.summary.length).toBe(MAX_CHECK_SUMMARY);
    expect(create.request.output.title.length).toBe(255);
  });
});
