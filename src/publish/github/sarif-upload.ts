/**
 * Optional direct upload of the SARIF file to code scanning
 * (`POST /repos/{owner}/{repo}/code-scanning/sarifs`): gzip, then Base64. The REST body has no
 * category field; the category travels inside the SARIF as `runs[].automationDetails.id`.
 * https://docs.github.com/en/rest/code-scanning/code-scanning#upload-an-analysis-as-sarif-data
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

import type { GitHubClient } from './github-client.js';

/** Code scanning rejects a gzip-compressed SARIF file over 10 MB. */
export const MAX_SARIF_GZIP_BYTES = 10 * 1024 * 1024;

/** The SARIF text as the endpoint wants it: gzip-compressed, then Base64-encoded. */
export function encodeSarif(sarif: string): { payload: string; gzipBytes: number } {
  const gz = gzipSync(Buffer.from(sarif, 'utf8'));
  return { payload: gz.toString('base64'), gzipBytes: gz.length };
}

export interface SarifUploadRequest {
  sarifFile: string;
  commitSha: string;
  ref: string;
  /** `file://` URI of the checkout root, so absolute paths in the SARIF can be made relative. */
  checkoutUri?: string;
}

/**
 * Uploads `sarifFile`. Resolves to the analysis id; rejects with a plain error for a file that
 * cannot be read or is too large, or with the client's `GitHubApiError` (403 without
 * `security-events: write`). The file on disk is never changed.
 */
export async function uploadSarifFile(client: GitHubClient, request: SarifUploadRequest): Promise<string> {
  const { payload, gzipBytes } = encodeSarif(readFileSync(request.sarifFile, 'utf8'));
  if (gzipBytes > MAX_SARIF_GZIP_BYTES) {
    throw new Error(
      `${request.sarifFile} is ${gzipBytes} bytes gzip-compressed; code scanning accepts at most 10 MB`,
    );
  }
  const { id } = await client.uploadSarif({
    commit_sha: request.commitSha,
    ref: request.ref,
    sarif: payload,
    tool_name: 'GateKeeper6',
    ...(request.checkoutUri ? { checkout_uri: request.checkoutUri } : {}),
  });
  return id;
}
