/** How name findings are written: shared by consistent-names and consistent-names-corpus. */
import type { Occurrence } from './cluster.js';

export function quote(s: string): string {
  return `"${s}"`;
}

/** The replacement text for an occurrence, capitalised where the occurrence is sentence-initial. */
export function replacementText(occ: Pick<Occurrence, 'initial'>, text: string): string {
  return occ.initial && /^\p{Ll}/u.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
