// A GitHubClient that records calls and fails on demand, for unit tests of publishing.
import type {
  CreateCheckRunRequest,
  GitHubClient,
  PullRequestFile,
  UpdateCheckRunRequest,
  UploadSarifRequest,
} from '../../../../src/publish/github/github-client.js';
import { GitHubApiError } from '../../../../src/publish/github/github-client.js';

export type Call =
  | { op: 'create'; request: CreateCheckRunRequest }
  | { op: 'update'; id: number; request: UpdateCheckRunRequest }
  | { op: 'files'; pullNumber: number }
  | { op: 'sarif'; request: UploadSarifRequest };

export interface FakeOptions {
  files?: PullRequestFile[];
  /** Status to fail each operation with (403 mimics a read-only token). */
  failCreate?: number;
  failFiles?: number;
  failSarif?: number;
  /** Fail the n-th update call (1-based) with 502. */
  failUpdateNumber?: number;
}

export class FakeGitHubClient implements GitHubClient {
  readonly calls: Call[] = [];
  private updates = 0;

  constructor(private readonly options: FakeOptions = {}) {}

  createCheckRun(request: CreateCheckRunRequest): Promise<{ id: number }> {
    this.calls.push({ op: 'create', request });
    if (this.options.failCreate) {
      return Promise.reject(
        new GitHubApiError(
          'create check run',
          this.options.failCreate,
          'Resource not accessible by integration',
        ),
      );
    }
    return Promise.resolve({ id: 77 });
  }

  updateCheckRun(id: number, request: UpdateCheckRunRequest): Promise<void> {
    this.calls.push({ op: 'update', id, request });
    this.updates++;
    if (this.updates === this.options.failUpdateNumber) {
      return Promise.reject(new GitHubApiError('update check run', 502, 'Bad Gateway'));
    }
    return Promise.resolve();
  }

  listPullRequestFiles(pullNumber: number): Promise<PullRequestFile[]> {
    this.calls.push({ op: 'files', pullNumber });
    if (this.options.failFiles) {
      return Promise.reject(new GitHubApiError('list pull request files', this.options.failFiles, 'nope'));
    }
    return Promise.resolve(this.options.files ?? []);
  }

  uploadSarif(request: UploadSarifRequest): Promise<{ id: string }> {
    this.calls.push({ op: 'sarif', request });
    if (this.options.failSarif) {
      return Promise.reject(
        new GitHubApiError('upload SARIF', this.options.failSarif, 'Resource not accessible by integration'),
      );
    }
    return Promise.resolve({ id: 'sarif-1' });
  }

  ops(): string[] {
    return this.calls.map((c) => c.op);
  }
}
