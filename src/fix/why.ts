/** Why each kind of change the plan makes helps the draft, in a salesperson's words. */
export const WHY = {
  urgency: 'A deadline you made up pushes a stranger away; a reason that is true for them pulls them in.',
  boast: 'An adjective about yourself is the part a buyer skips; the fact after it does the work.',
  goodbye: 'The chase went; the goodbye it ended on stays, so the note still closes the thread, with one new thing for them beside it.',
  removed: 'It carries nothing for the reader; the message starts with what is about them instead.',
  moved: 'What is about the reader goes first: it is the reason you wrote.',
  list: 'A list asks the reader to weigh every point and find the one that fits them; name that one, and what you saw that makes it fit.',
  pitch: 'A claim about yourself reads as an advert; one line on what you noticed about them, then how you help, reads as relevant.',
  observe: 'Nothing here says why you chose this reader: add one line that would be wrong if sent to anyone else.',
  ask: 'A stranger says yes to a small, low-effort question before a meeting: one ask, and no slot of their time.',
  opening: 'A message that starts with who you are reads as an advert; one line on what you noticed about them first, and your reason for writing keeps its facts.',
  extraAsk: 'Two asks split the answer; one question is easier to reply to.',
  clickHere: '"Click here" reads as spam to filters and readers; asking whether they want what the link offers is the one easy question.',
  emptyLeadIn: 'The line promises what comes next and nothing comes: sent as it is, the note looks broken.',
  nameGreeting: 'A greeting to a segment tells the reader they are a row in a list; their name says the note is for them.',
  namedPurpose: 'What it pointed at went; the question names what the message proposes, so it still asks about something.',
  pointsBack: 'It pointed at the sentence before it, which went; on its own it points at nothing.',
  spam: 'It reads as spam to filters and readers alike, and it carries no fact of the draft: the message is better without it.',
  hostile: 'It blames the reader for not answering; a stranger does not reply to that, and a manager would not send it.',
  doubled: 'A doubled question mark reads as shouting; one asks the question.',
  statedQuestion: 'It says something of yours and asks them nothing; a question mark makes it read as the ask, which is the question after it.',
  noAsk: 'A message with no question leaves the reader nothing to do but archive it: one easy question gets the reply.'
}
