import rule from '../../rules/no-image-caption.js';
import { NEWS_PROSE } from '../helpers/news-prose.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    ...NEWS_PROSE.map((text) => ({ text: `${text}\n` })),
    { text: 'WASHINGTON (AP) — The Senate passed the bill 52-48 on Thursday.\n' },
    { text: 'The agency, Reuters, first reported the deal in June.\n' },
    { text: 'In 2001, the photo agency Getty Images bought the archive for $50 million, a record at the time.\n' },
    { text: 'The score was 1 of 3 in the first round.\n' },
  ],
  invalid: [
    { text: 'Headline\n\n(Photo credit: Reuters)\n\nBody.\n', errors: [{ line: 3, message: 'photo credit' }], output: 'Headline\n\nBody.\n' },
    { text: 'Body.\nPhoto: Damian Dovarganes, AP\nMore.\n', errors: [{ line: 2 }], output: 'Body.\nMore.\n' },
    { text: 'Body.\nImage 1 of 23\n1 / 23\nBack to Gallery\nMore.\n', errors: [{ line: 2, message: 'gallery' }, { line: 3 }, { line: 4 }], output: 'Body.\nMore.\n' },
    { text: 'Body.\nAlex Wong | Getty Images\n', errors: [{ line: 2 }], output: 'Body.\n' },
    { text: 'Body.\n(Reed Saxon / Associated Press)\n', errors: [{ line: 2 }], output: 'Body.\n' },
    { text: 'Body.\n(Image: © TNG Collaboration)\n', errors: [{ line: 2 }], output: 'Body.\n' },
    {
      name: 'caption with a credit: suggestion only',
      text: 'Body.\n\nRescuers search the rubble in Antakya on Tuesday. (AP Photo/Hussein Malla)\n\nMore.\n',
      errors: [{ line: 3, message: 'caption' }],
      output: null,
    },
    {
      text: 'Body.\nTrump asked voters in Louisiana for a big win. He didn’t get it.Credit...Doug Mills/The New York Times\n',
      errors: [{ line: 2 }],
      fixTypes: ['suggestion'],
      output: 'Body.\n',
    },
    { text: 'Body.\nPictured: Mayor Anne Hidalgo at the Hôtel de Ville\n', errors: [{ line: 2 }] },
    { text: 'Body.\nTitan in false colour, 2004. (NASA/JPL/Space Science Institute)\n', errors: [{ line: 2 }] },
  ],
});

testRule(rule, {
  valid: [{ text: 'The image caption, written by an intern, misnamed the mayor.\n' }],
  invalid: [
    { name: 'BBC-style labelled credit', text: 'Image source, Getty Images\n', errors: [{ line: 1, message: 'credit' }], output: '' },
    { name: 'BBC-style labelled caption (suggestion only)', text: 'Image caption, Sandbags were handed out in Appleby on Saturday morning\n', errors: [{ line: 1, message: 'caption' }], output: null },
    { name: 'a caption ending in "(Name/AGENCY PHOTOS)"', text: 'Firefighters battled the blaze near Mudgee on Wednesday. (Mick Tsikas/AAP PHOTOS)\n', errors: [{ line: 1 }] },
  ],
});
