import rule from '../../rules/no-timestamp.js';
import { NEWS_PROSE } from '../helpers/news-prose.js';
import { testRule } from '../helpers/rule-tester.js';

const body = 'Rescue teams reached the village of Çatalca after a six-hour drive, officials said.';

testRule(rule, {
  valid: [
    ...NEWS_PROSE.map((text) => ({ text: `${text}\n` })),
    { text: 'Police said the attack began at 9:41 am and ended by noon.\n' },
    { text: 'Chapter 3\n' },
    { text: '2020\n' },
    { text: 'The 1,200 workers in 47 plants\n' },
    { text: '— Governor Kristi Noem (@govkristinoem) November 18, 2019\n' },
  ],
  invalid: [
    { text: `Nov. 19, 2019 8:03 am ET\n\n${body}\n`, errors: [{ line: 1, column: 1, message: 'date/time stamp' }], output: `${body}\n` },
    {
      name: 'two dates without a publishing word: suggestion only',
      text: `${body}\n\n29 November 2018 | 20 January 2019\n\n${body}\n`,
      errors: [{ line: 3 }],
      output: null,
    },
    { text: `Updated 1:39 am EST, Wednesday, November 20, 2019\n${body}\n`, errors: [{ line: 1 }] },
    { text: `Posted: Fri 6:45 PM, Feb 16, 2018 |\nUpdated: Sat 8:31 PM, Feb 17, 2018\n${body}\n`, errors: [{ line: 1 }, { line: 2 }] },
    { text: `${body}\n\nTuesday, February 5, 2019\n`, errors: [{ line: 3 }] },
    { text: `${body}\n\nPublished on:\n\nApril 9, 2024\n`, errors: [{ line: 3 }, { line: 5 }] },
    { text: `Chris Davies - Nov 19, 2019, 10:31 pm CST\n${body}\n`, errors: [{ line: 1 }] },
    { text: `Reuters November 18, 2019 11:03 PM\n${body}\n`, errors: [{ line: 1 }] },
    { text: `10H ago\n1 day ago\n2 min read\n${body}\n`, errors: [{ line: 1 }, { line: 2 }, { line: 3 }] },
    { text: `2019-11-20 14:35:08\n${body}\n`, errors: [{ line: 1 }] },
    { text: `Updated on: November 19, 2019 / 10:07 AM / CBS News\n${body}\n`, errors: [{ line: 1 }] },
  ],
});
