import rule from '../../rules/no-markup-line.js';
import { testRule } from '../helpers/rule-tester.js';

const BODY = 'The council voted on Tuesday to close the old bridge for repairs.';
const remove = (output: string) => [{ desc: 'Remove the line', output }];

testRule(rule, {
  valid: [
    { name: 'a sentence that quotes a tag', text: 'Wrap the word in <em>emphasis</em> tags, the style guide says, and never in bold.\n' },
    { name: 'a sentence that begins with a tag but is mostly text', text: '<b>Update:</b> The council has since reopened the bridge to pedestrians and cyclists.\n' },
    { name: 'angle brackets that are no tag', text: '<3 from all of us at the club, said the coach after the final whistle.\n' },
    { name: 'a comparison', text: 'x < y and y > z\n' },
    { name: 'Markdown, where HTML is syntax', filename: 'a.md', text: `${BODY}\n\n<iframe src="https://example.com/embed/9" width="400" height="300"></iframe>\n` },
    { name: 'a short tag line', text: '<br>\n' },
  ],
  invalid: [
    {
      name: 'an embed code',
      text: `${BODY}\n\n<iframe width="476" height="267" src="https://example.com/video/embed/?pid=7" allowfullscreen></iframe>\n`,
      errors: [{ messageId: 'markup', line: 3, suggestions: remove(`${BODY}\n`) }],
      output: null,
    },
    {
      name: 'escaped editor markup',
      text: `${BODY}\n&lt;span data-kind="marker" style="display: none; width: 0px;" class="sel-start"&gt;&amp;#65279;&lt;/span&gt;\n`,
      errors: [{ messageId: 'markup', line: 2, suggestions: remove(`${BODY}\n`) }],
      output: null,
    },
    {
      name: 'a list of allowed tags',
      text: `<a href="" title=""> <abbr title=""> <b> <blockquote cite=""> <cite> <code> <em> <i> <q cite=""> <strong>\n\n${BODY}\n`,
      errors: [{ messageId: 'markup', line: 1, suggestions: remove(`${BODY}\n`) }],
      output: null,
    },
  ],
});
