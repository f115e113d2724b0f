/** The one place that turns prose into an NLCST tree (unified + retext-english). */
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import type { Root } from 'nlcst';

const processor = unified().use(retextEnglish).freeze();

export function parseEnglish(text: string): Root {
  return processor.parse(text) as Root;
}
