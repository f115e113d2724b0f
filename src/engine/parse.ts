/** The one place that turns prose into an NLCST tree: retext with the English parser. */
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import type { Root } from 'nlcst';

const processor = retext().use(retextEnglish).freeze();

export function parseEnglish(text: string): Root {
  return processor.parse(text) as Root;
}
