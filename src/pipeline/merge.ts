/**
 * `mcen-scan merge DIR...`: reads the packets of a `--shard K/N` matrix, combines them into the
 * report an unsharded scan gives, and writes the packet exactly as a scan writes it.
 */
import path from 'node:path';

import { loadRulepack } from '../match/rulepack-loader.js';
import { ConfigError } from '../model/errors.js';
import { TOOL_VERSION } from '../model/version.js';
import { type AuditOutcome, type PacketOptions, writeAudit } from './audit.js';
import { mergeShardReports } from './merge-reports.js';
import { readShardPacket, type ShardPacket } from './shard-packet.js';

export interface MergeOptions extends PacketOptions {
  /** The shard packet folders, each holding a report.json. */
  dirs: string[];
}

/** Merges and writes; nothing is written when any packet is missing, malformed or does not fit. */
export async function mergeAudit(options: MergeOptions): Promise<AuditOutcome> {
  const outputDir = path.resolve(options.outputDir);
  const packets: ShardPacket[] = [];
  for (const dir of options.dirs) {
    // Writing over a shard's packet would lose it if the merge had to be run again.
    if (path.resolve(dir) === outputDir)
      throw new ConfigError(`merge: the output directory ${dir} is one of the shard packets`);
    packets.push(await readShardPacket(dir));
  }
  const pack = loadRulepack(options.rulepackDir);
  const report = mergeShardReports(packets, { version: TOOL_VERSION, rulepackHash: pack.hash });
  return writeAudit(report, options);
}
