// The bench's corpus: outreach-like drafts of about 400 characters, good and bad, with merge fields
// ({{first_name}}, [Company], {FirstName}), URLs, e-mail addresses and @mentions, generated from
// templates with a seeded PRNG, so every run (and every script that imports this) lints the same
// messages. Shared by scripts/bench.mjs and scripts/ab.mjs.

export function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

let rand = mulberry32(20240607)
const pick = (list) => list[Math.floor(rand() * list.length)]

const NAMES = ['Dana', 'Sam', 'Priya', 'Jonas', 'Aiko', 'Mateo', 'Chloe', 'Ravi', 'Ingrid', 'Tom']
const COMPANIES = ['Northwind', 'Acme Logistics', 'Globex', 'Initech', 'Umbrella Health', 'Hooli', 'Vandelay', 'Stark Freight']
const CITIES = ['Leeds', 'Austin', 'Lyon', 'Porto', 'Denver', 'Kraków', 'Osaka']
const GREETINGS = ['Hi {{first_name}},', 'Hello [First Name],', 'Hey {FirstName},', 'Hi %NAME%,', 'Dear *|FNAME|*,', 'Hi {{ contact.first_name }},', 'Hi NAME,', 'Hey NAME!', 'NAME,']
const OPENERS_BAD = [
  'I hope this email finds you well.',
  'I hope you are doing well and having a great week.',
  'My name is Alex and I am the account executive at Acme.',
  "I'm reaching out because I wanted to introduce our platform.",
  'Sorry to bother you, I know you are busy.',
  'Just bumping this to the top of your inbox.',
  'Happy Friday! Hope your week is going great.',
  'I wanted to follow up on my last email.'
]
const OPENERS_GOOD = [
  'Saw that COMPANY just opened an office in CITY, congratulations on the move.',
  'Your post about onboarding churn at COMPANY was refreshingly candid.',
  'Noticed COMPANY is hiring six support engineers in CITY this quarter.',
  'Your talk at the CITY meetup on warehouse routing stuck with me.',
  'Read that COMPANY moved billing in-house after the Series B.'
]
const MIDDLES_BAD = [
  'We are the industry-leading, best-in-class platform trusted by over 500 companies worldwide.',
  'Our award-winning solution helps teams like yours increase revenue by 300% guaranteed!!!',
  'We offer a cutting-edge, all-in-one suite with AI-powered analytics, seamless integrations and world-class support.',
  'Our product is the #1 solution for sales teams, and our customers LOVE it. Act now, this offer expires Friday.',
  'We have helped companies like Google and Amazon save millions. I would love to show you how our tool works.',
  'Our platform offers:\n- real-time dashboards\n- automated reporting\n- 24/7 support\n- unlimited seats'
]
const MIDDLES_GOOD = [
  'Teams that open a second site often find their ticket routing rules stop matching the new time zones.',
  'When other logistics teams grew past forty drivers, dispatch notes were usually the first thing to break.',
  'Your careers page mentions moving from spreadsheets to a proper scheduling tool, which is usually a painful quarter.',
  'Your team of RECIPIENT_ROLE likely spends Monday mornings reconciling the weekend backlog by hand.',
  'If the new hires start in CITY next month, the handover between shifts may matter more than headcount.'
]
const ASKS_BAD = [
  'Do you have 15 minutes for a quick call this week? Book a time here: https://calendly.com/alex-acme/15min',
  'Are you free for a 30 minute demo on Tuesday or Wednesday? Grab a slot: https://meetings.hubspot.com/alex',
  'Let me know when works for a quick chat. You can also reach me at alex@acme.io or @alexsells.',
  'Can we jump on a call tomorrow? Visit www.acme.io/demo for more info, FREE trial included!'
]
const ASKS_GOOD = [
  'Is routing across the two sites on your plate this quarter, or is someone else looking after it?',
  'Would a one-page summary of how two similar teams handled it be useful?',
  'Curious whether that matches what you are seeing, or if I have it wrong?',
  'Worth a reply with a yes or no? Happy to send the notes either way: https://acme.io/notes/routing'
]
const SIGNOFFS = ['Best,\nAlex', 'Thanks,\nAlex Morgan\nAcme | https://acme.io', 'Cheers,\nAlex', 'Kind regards,\nAlex\n{{sender.signature}}', 'Regards,\nAlex']

function fillSlots(text) {
  return text
    .replace(/COMPANY/g, () => pick([...COMPANIES, '[Company]', '{{company}}', '{{ account.name }}']))
    .replace(/CITY/g, () => pick(CITIES))
    .replace(/RECIPIENT_ROLE/g, () => pick(['dispatchers', 'support leads', 'recruiters', 'analysts']))
    .replace(/NAME/g, () => pick(NAMES))
}

function makeMessage(i) {
  const good = rand() < 0.45
  const parts = [pick(GREETINGS)]
  if (good) {
    parts.push(pick(OPENERS_GOOD) + ' ' + pick(MIDDLES_GOOD))
    if (rand() < 0.5) parts.push(pick(MIDDLES_GOOD))
    parts.push(pick(ASKS_GOOD))
  } else {
    parts.push(pick(OPENERS_BAD) + ' ' + pick(MIDDLES_BAD))
    if (rand() < 0.4) parts.push(pick(rand() < 0.5 ? MIDDLES_BAD : OPENERS_GOOD))
    parts.push(pick(ASKS_BAD))
  }
  parts.push(pick(SIGNOFFS))
  // A distinct detail per message, so no two messages are the same text.
  parts.splice(parts.length - 1, 0, `P.S. Ref ${1000 + i}: ${pick(['see', 'noted', 'cf.'])} ${pick(CITIES)} ${pick(['plan', 'note', 'team'])}.`)
  return fillSlots(parts.join('\n\n'))
}

/** `size` messages, the same ones on every call. */
export function makeCorpus(size) {
  rand = mulberry32(20240607)
  return Array.from({length: size}, (_, i) => makeMessage(i))
}
