/** Keeps the last bytes of a child's output stream, so a chatty command cannot grow our memory. */

/** The last `limit` bytes written to it, plus how many bytes went through in all. */
export class OutputTail {
  private chunks: Buffer[] = [];
  private held = 0;
  /** Every byte seen, kept or not. */
  total = 0;

  /** `limit` below 0 is treated as 0 (count only). */
  constructor(private readonly limit: number) {}

  /** Adds a chunk, dropping the oldest bytes beyond the limit. */
  push(chunk: Buffer): void {
    this.total += chunk.length;
    this.chunks.push(chunk);
    this.held += chunk.length;
    const limit = Math.max(0, this.limit);
    while (this.chunks.length > 0 && this.held - this.chunks[0]!.length >= limit) {
      this.held -= this.chunks.shift()!.length;
    }
  }

  /** The kept bytes decoded as UTF-8 (invalid or cut sequences become U+FFFD), at most `limit` bytes. */
  text(): string {
    const all = Buffer.concat(this.chunks);
    return all.subarray(Math.max(0, all.length - Math.max(0, this.limit))).toString('utf8');
  }
}
