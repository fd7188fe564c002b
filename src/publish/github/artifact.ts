/**
 * Uploads the audit packet folder as a workflow artifact. Publishing is best effort: any failure
 * (no runtime token outside a runner, a 409 name clash in a matrix, storage quota) comes back
 * as a warning text, never as a thrown error.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

import { DefaultArtifactClient } from '@actions/artifact';

/** The part of `@actions/artifact`'s client we use. */
export interface ArtifactUploader {
  uploadArtifact(name: string, files: string[], rootDirectory: string): Promise<{ id?: number }>;
}

/** The toolkit's client; it needs the runner's `ACTIONS_RUNTIME_TOKEN` and `ACTIONS_RESULTS_URL`. */
export function defaultArtifactUploader(): ArtifactUploader {
  return new DefaultArtifactClient();
}

/**
 * Every regular file under `root`, absolute, sorted. Symbolic links are not followed, so nothing
 * outside the packet is uploaded; the toolkit would turn a directory into an empty entry, hence
 * the walk.
 */
export function packetFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.push(full);
    }
  };
  walk(root);
  return files.sort();
}

export type ArtifactResult = { id: number } | { warning: string };

/** Uploads the files under `root` as artifact `name`. Resolves to its id, or to a warning saying why not. */
export async function uploadPacket(
  uploader: ArtifactUploader,
  name: string,
  root: string,
): Promise<ArtifactResult> {
  try {
    const files = packetFiles(root);
    if (!files.length) return { warning: `artifact ${name} not uploaded: ${root} holds no files` };
    const { id } = await uploader.uploadArtifact(name, files, root);
    if (id === undefined) return { warning: `artifact ${name}: the upload returned no id` };
    return { id };
  } catch (error) {
    const message = (error as Error).message;
    const hint = /409|already exists/i.test(message)
      ? ' (an artifact of that name exists in this workflow run: give each matrix job its own artifact-name)'
      : /ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL/.test(message)
        ? ' (artifact uploads work only inside a GitHub Actions job)'
        : '';
    return { warning: `artifact ${name} not uploaded: ${message}${hint}` };
  }
}
