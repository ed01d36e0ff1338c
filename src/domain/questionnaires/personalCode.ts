/**
 * Personal codes: the key of a participant's personal link. Decisions:
 * - a code is a secret, not the register ID: IDs are printed on lists and badges, so an answer keyed by an
 *   ID could be sent by anyone; a code is known only to its owner (the class teacher hands out the link);
 * - 8 characters of a 32-letter alphabet without look-alikes (no 0/O, 1/I), shown as «7KQM-2XHD»: 40 bits,
 *   so guessing any of a school's thousand codes takes about a billion tries;
 * - derived as SHA-256(seed:n) from a random seed the adapter draws once per command (one service call
 *   whatever the number of codes), skipping codes already taken in either register;
 * - read back forgivingly: case, spaces, dashes and Cyrillic look-alike letters typed on a Russian layout
 *   («А», «В», «Е», «К», «М», «Н», «Р», «С», «Т», «Х», «У») do not matter.
 */
import { sha256 } from "../common/sha256";

export const CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
const LENGTH = 8;

const CYRILLIC: Record<string, string> = {
  А: "A",
  В: "B",
  Е: "E",
  К: "K",
  М: "M",
  Н: "H",
  Р: "P",
  С: "C",
  Т: "T",
  Х: "X",
  У: "Y",
};

/** The comparison key of a typed code: «7kqm 2xhd», «7KQM–2XHD» → «7KQM2XHD». */
export function codeKey(text: unknown): string {
  if (text === null || text === undefined) return "";
  return String(text)
    .toUpperCase()
    .replace(/[\s\-‐-―−_.]/g, "")
    .replace(/[АВЕКМНРСТХУ]/g, (ch) => CYRILLIC[ch] ?? ch);
}

/** Does the text look like a personal code at all (8 letters of the alphabet)? */
export function isCodeLike(text: unknown): boolean {
  const key = codeKey(text);
  return key.length === LENGTH && [...key].every((ch) => CODE_ALPHABET.includes(ch));
}

function display(key: string): string {
  return `${key.slice(0, 4)}-${key.slice(4)}`;
}

/**
 * A source of fresh codes: each call gives a code not in `taken` (compared by codeKey) and not given
 * before by this source. `seed` must be secret and random (Utilities.getUuid in the adapter).
 */
export function codeSource(seed: string, taken: Iterable<unknown>): () => string {
  const used = new Set<string>();
  for (const t of taken) {
    const key = codeKey(t);
    if (key !== "") used.add(key);
  }
  let n = 0;
  return () => {
    for (;;) {
      const digest = sha256(`${seed}:${n++}`);
      // 40 bits: five bytes read as eight 5-bit letters.
      let bits = 0;
      let value = 0;
      let key = "";
      for (let i = 0; key.length < LENGTH;) {
        if (bits < 5) {
          value = ((value << 8) | digest[i++]) & 0xffff;
          bits += 8;
        }
        key += CODE_ALPHABET[(value >> (bits - 5)) & 31];
        bits -= 5;
      }
      if (used.has(key)) continue;
      used.add(key);
      return display(key);
    }
  };
}
