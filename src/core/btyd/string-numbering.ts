// Numbers texts in order of first appearance with an open-addressing table, for columns of customer IDs.

/**
 * Gives each distinct text a number 0, 1, 2… in the order texts are first passed to `numberOf`;
 * `texts` lists them by number. A JavaScript Map does the same, but customer IDs such as "00042"
 * hash poorly in it and a log of tens of thousands of them spends most of its time there; this
 * table hashes the characters itself (FNV-1a) and compares texts only on a hash match.
 */
export class StringNumbering {
  readonly texts: string[] = [];
  private hashes = new Int32Array(512);
  private slots = new Int32Array(1024).fill(-1);
  private mask = 1023;

  /** The number of `text`, given the next free number if it is new. */
  numberOf(text: string): number {
    const hash = hashText(text);
    const { slots, texts, hashes } = this;
    let at = hash & this.mask;
    for (let id = slots[at]; id >= 0; id = slots[at]) {
      if (hashes[id] === hash && texts[id] === text) return id;
      at = (at + 1) & this.mask;
    }
    const id = texts.length;
    texts.push(text);
    if (id >= hashes.length) {
      const grown = new Int32Array(hashes.length * 2);
      grown.set(hashes);
      this.hashes = grown;
    }
    this.hashes[id] = hash;
    slots[at] = id;
    // Kept at most half full, so probes stay short.
    if (texts.length * 2 > slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const capacity = this.slots.length * 2;
    const mask = capacity - 1;
    const slots = new Int32Array(capacity).fill(-1);
    for (let id = 0; id < this.texts.length; id++) {
      let at = this.hashes[id] & mask;
      while (slots[at] >= 0) at = (at + 1) & mask;
      slots[at] = id;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** 32-bit FNV-1a of the UTF-16 code units, with a final mix so short IDs spread over the table. */
function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}
