import { testRule } from '../helpers/rule-tester.js';
import rule from '../../rules/no-html-entities.js';

const entity = (name: string, expected: string, column?: number) => ({ messageId: 'entity', data: { entity: name, expected }, line: 1, ...(column ? { column } : {}) });

testRule(rule, {
  valid: [
    { text: 'Tom & Jerry; AT&T; R&D; a & b;' },
    { text: 'Unknown &foo; and &notanentity; stay.' },
    { name: 'Markdown: references are syntax', text: 'Tom &amp; Jerry', filename: 'a.md' },
  ],
  invalid: [
    { text: 'Tom &amp; Jerry', errors: [{ ...entity('&amp;', '"&"', 5), endColumn: 10 }], output: 'Tom & Jerry' },
    { text: 'It&#8217;s &quot;here&quot;', errors: [entity('&#8217;', '"’"', 3), entity('&quot;', '"""', 12), entity('&quot;', '"""', 22)], output: 'It’s "here"' },
    { text: 'a&nbsp;b', errors: [entity('&nbsp;', 'a no-break space', 2)], output: 'a\u00a0b' },
    { text: 'em&#x2014;dash and &#150;', errors: [entity('&#x2014;', '"—"', 3), entity('&#150;', '"–"', 20)], output: 'em—dash and –' },
    { text: 'Caf&eacute;', errors: [entity('&eacute;', '"é"', 4)], output: 'Café' },
    { name: 'double escaped: decoded until stable', text: 'It&amp;#8217;s', errors: [entity('&amp;', '"&"', 3)], output: 'It’s' },
    { text: 'bad &#0; ref', errors: [{ messageId: 'invalidReference', data: { entity: '&#0;' }, line: 1, column: 5 }], output: null },
    { name: 'a lone surrogate is no character', text: 'bad &#xD800; ref', errors: [{ messageId: 'invalidReference', data: { entity: '&#xD800;' }, line: 1, column: 5 }], output: null },
  ],
});
