import rule from '../../rules/no-image-caption.js';
import { NEWS_PROSE } from '../helpers/news-prose.js';
import { testRule } from '../helpers/rule-tester.js';

const credit = (line: number) => ({ messageId: 'credit', line });
const gallery = (line: number) => ({ messageId: 'gallery', line });
const caption = (line: number, output: string) => ({ messageId: 'caption', line, suggestions: [{ desc: 'Remove the line', output }] });

testRule(rule, {
  valid: [
    ...NEWS_PROSE.map((text) => ({ text: `${text}\n` })),
    { text: 'WASHINGTON (AP) — The Senate passed the bill 52-48 on Thursday.\n' },
    { text: 'The agency, Reuters, first reported the deal in June.\n' },
    { text: 'In 2001, the photo agency Getty Images bought the archive for $50 million, a record at the time.\n' },
    { text: 'The score was 1 of 3 in the first round.\n' },
    { text: 'The image caption, written by an intern, misnamed the mayor.\n' },
    { name: 'a figure reference of the article', text: 'Figure 3: Photo of the sample under blue light\n' },
    { text: 'Abbildung 2: Entwicklung der Preise seit 2010\n' },
  ],
  invalid: [
    { text: 'Headline\n\n(Photo credit: Reuters)\n\nBody.\n', errors: [credit(3)], output: 'Headline\n\nBody.\n' },
    { text: 'Body.\nPhoto: Damian Dovarganes, AP\nThe rescue teams reached the village after a six-hour drive on Monday.\n', errors: [credit(2)], output: 'Body.\nThe rescue teams reached the village after a six-hour drive on Monday.\n' },
    { text: 'Body.\nImage 1 of 23\n1 / 23\nBack to Gallery\nMore.\n', errors: [gallery(2), gallery(3), gallery(4)], output: 'Body.\nMore.\n' },
    {
      name: 'a counter with no gallery control beside it: a suggestion (a table cell, a score, a page range)',
      text: 'Kinematics and dynamics\n516 / 521\nX\n',
      errors: [{ messageId: 'counter', line: 2, suggestions: [{ desc: 'Remove the line', output: 'Kinematics and dynamics\nX\n' }] }],
      output: null,
    },
    {
      name: 'a source label without a picture agency: a suggestion (the source of a chart or a quoted statement)',
      text: 'Body.\n68% of the deaths in the city were recorded in two districts\nSource: State Health Department, City Hospital Board\nMore.\n',
      errors: [{ messageId: 'source', line: 3, suggestions: [{ desc: 'Remove the line', output: 'Body.\n68% of the deaths in the city were recorded in two districts\nMore.\n' }] }],
      output: null,
    },
    {
      name: 'a source label naming a picture agency is a credit',
      text: 'Body.\nSource: Getty Images\nThe fire spread to three more buildings before the crews arrived.\n',
      errors: [credit(2)],
      output: 'Body.\nThe fire spread to three more buildings before the crews arrived.\n',
    },
    { text: 'Body.\nAlex Wong | Getty Images\n', errors: [credit(2)], output: 'Body.\n' },
    { text: 'Body.\n(Reed Saxon / Associated Press)\n', errors: [credit(2)], output: 'Body.\n' },
    { text: 'Body.\n(Image: © TNG Collaboration)\nThe rescue teams reached the village after a six-hour drive on Monday.\n', errors: [credit(2)], output: 'Body.\nThe rescue teams reached the village after a six-hour drive on Monday.\n' },
    {
      name: 'a labelled credit after the last paragraph: suggestion (a publisher may end the story with it)',
      text: 'The rescue teams reached the village after a six-hour drive on Monday.\n\nMain image credit: Jane Roe\n',
      errors: [{ messageId: 'creditAfterText', line: 3, suggestions: [{ desc: 'Remove the line', output: 'The rescue teams reached the village after a six-hour drive on Monday.\n' }] }],
      output: null,
    },
    {
      name: 'caption with a credit: suggestion only',
      text: 'Body.\n\nRescuers search the rubble in Antakya on Tuesday. (AP Photo/Hussein Malla)\n\nMore.\n',
      errors: [caption(3, 'Body.\n\nMore.\n')],
      output: null,
    },
    {
      text: 'Body.\nTrump asked voters in Louisiana for a big win. He didn’t get it.Credit...Doug Mills/The New York Times\n',
      errors: [caption(2, 'Body.\n')],
      output: null,
    },
    { text: 'Body.\nPictured: Mayor Anne Hidalgo at the Hôtel de Ville\n', errors: [caption(2, 'Body.\n')], output: null },
    { name: 'a short line ending in a credit counts as the credit', text: 'Body.\nTitan in false colour, 2004. (NASA/JPL/Space Science Institute)\n', errors: [credit(2)], output: 'Body.\n' },
    {
      name: 'a credit label followed by a description is a caption',
      text: 'Body.\nCover image: an artist’s drawing of the new bridge over the river at dusk\n',
      errors: [caption(2, 'Body.\n')],
      output: null,
    },
    { name: 'BBC-style labelled credit', text: 'Image source, Getty Images\n', errors: [credit(1)], output: '' },
    {
      name: 'BBC-style labelled caption (suggestion only)',
      text: 'Image caption, Sandbags were handed out in Appleby on Saturday morning\n',
      errors: [caption(1, '')],
      output: null,
    },
    {
      name: 'a caption ending in "(Name/AGENCY PHOTOS)"',
      text: 'Firefighters battled the blaze near Mudgee on Wednesday. (Mick Tsikas/AAP PHOTOS)\n',
      errors: [caption(1, '')],
      output: null,
    },
  ],
});
