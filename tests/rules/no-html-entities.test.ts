import { testRule } from '../helpers/rule-tester.js';
import rule from '../../rules/no-html-entities.js';

testRule(rule, {
  valid: [
    { text: 'Tom & Jerry; AT&T; R&D; a & b;' },
    { text: 'Unknown &foo; and &notanentity; stay.' },
    { name: 'Markdown: references are syntax', text: 'Tom &amp; Jerry', filename: 'a.md' },
  ],
  invalid: [
    { text: 'Tom &amp; Jerry', errors: [{ line: 1, column: 5, message: '"&amp;"' }], output: 'Tom & Jerry' },
    { text: 'It&#8217;s &quot;here&quot;', errors: [{ line: 1 }, { line: 1 }, { line: 1 }], output: 'It’s "here"' },
    { text: 'a&nbsp;b', errors: [{ line: 1, message: 'no-break space' }], output: 'a\u00a0b' },
    { text: 'em&#x2014;dash and &#150;', errors: [{ line: 1 }, { line: 1 }], output: 'em—dash and –' },
    { text: 'Caf&eacute;', errors: [{ line: 1 }], output: 'Café' },
    { name: 'double escaped: decoded until stable', text: 'It&amp;#8217;s', errors: [{ line: 1 }], output: 'It’s' },
    { text: 'bad &#0; ref', errors: [{ line: 1, severity: 2, message: 'Invalid numeric' }], output: null },
  ],
});
