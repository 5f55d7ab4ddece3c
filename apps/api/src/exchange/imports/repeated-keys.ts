/**
 * Remembers 32-bit hashes of the observation keys seen so far in a file, in one open-addressing table
 * of integers (about 8 bytes per row, nothing per row on the JavaScript heap). A key whose hash was
 * seen before is a possible repeat. Different keys can share a hash, so a "seen" answer is only a
 * hint; a key never seen before always answers no. The dry run marks the hinted rows, and SQL then
 * groups just those keys instead of every row of the file.
 */
export class RepeatedKeyHints {
  private slots = new Uint32Array(1 << 16);
  private used = 0;

  /** Records the key; true when its hash was recorded before. */
  seenBefore(key: string): boolean {
    // FNV-1a; 0 marks an empty slot, so a hash of 0 is stored as 1.
    let hash = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) {
      hash ^= key.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    hash = hash >>> 0 || 1;
    if (this.insert(hash)) return true;
    if (++this.used * 2 > this.slots.length) this.grow();
    return false;
  }

  /** Adds the hash unless present; true when it was already there. */
  private insert(hash: number): boolean {
    const mask = this.slots.length - 1;
    let index = Math.imul(hash, 0x9e3779b1) & mask;
    for (;;) {
      const slot = this.slots[index]!;
      if (slot === 0) {
        this.slots[index] = hash;
        return false;
      }
      if (slot === hash) return true;
      index = (index + 1) & mask;
    }
  }

  private grow(): void {
    const previous = this.slots;
    this.slots = new Uint32Array(previous.length * 2);
    for (const hash of previous) if (hash !== 0) this.insert(hash);
  }
}
