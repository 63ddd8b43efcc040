/**
 * The indicators the report measures on every draft, and the recommended band of each where public
 * research gives one. Each band names its source; where no credible source gives a range, the
 * indicator has no band and says why (`noBand`), rather than a range of our own making.
 */

export interface Source {
  /** Who published it and what, in a footnote's words. */
  title: string
  publisher: string
  year: number
  url: string
  /** What the source found, in our words. */
  finding: string
}

export interface Band {
  /** Inclusive bounds; absent: open on that side. */
  min?: number
  max?: number
  /** The band in words: "50 to 125 words". */
  text: string
  source: Source
}

export type IndicatorId = 'bodyWords' | 'subjectWords' | 'readingGrade' | 'questions' | 'selfToRecipient' | 'readerDetails'

export interface IndicatorSpec {
  id: IndicatorId
  label: string
  /** What is counted, in one line. */
  measure: string
  unit: string
  band?: Band
  /** Why there is no band. */
  noBand?: string
  /** Histogram bin width for the chart. */
  bin: number
  /** Whole numbers: one bar per value. */
  discrete?: boolean
  /** The channels the band's research measured: only their drafts are counted. Absent: every draft. */
  channels?: readonly string[]
}

/** The studies behind the bands measured e-mail: a LinkedIn note or an SMS is not held to them. */
const EMAIL_CHANNELS = ['email', 'followup'] as const

const BOOMERANG: Omit<Source, 'finding'> = {
  title: '7 Tips for Getting More Responses to Your Emails (With Data!)',
  publisher: 'Boomerang (Baydin), an analysis of over 40 million e-mails',
  year: 2016,
  url: 'https://blog.boomerangapp.com/2016/02/7-tips-for-getting-more-responses-to-your-emails-with-data/'
}

const GONG_CTA: Source = {
  title: 'Gong Labs research on cold e-mail, an analysis of 304,174 cold e-mails',
  publisher: 'Gong Labs (the research index; the study is one of its cold e-mail pieces)',
  year: 2021,
  url: 'https://www.gong.io/resources/labs/',
  finding:
    'Cold e-mails that asked whether the reader was interested were answered more often than those that asked for a meeting at a given time; the meeting ask did worst of the kinds of ask it compared.'
}

export const INDICATORS: IndicatorSpec[] = [
  {
    id: 'bodyWords',
    channels: EMAIL_CHANNELS,
    label: 'Body length',
    measure: 'words in the body (e-mail drafts)',
    unit: 'words',
    bin: 25,
    band: {
      min: 50,
      max: 125,
      text: '50 to 125 words',
      source: {...BOOMERANG, finding: 'Messages of 50 to 125 words were answered more than half the time; shorter ones lost about a third of their replies, and replies fell slowly past 125 words and faster past 500.'}
    }
  },
  {
    id: 'subjectWords',
    channels: EMAIL_CHANNELS,
    discrete: true,
    label: 'Subject length',
    measure: 'words in the subject, not counting a leading "Re:" or "Fwd:" (e-mail drafts with a subject)',
    unit: 'words',
    bin: 1,
    band: {
      min: 3,
      max: 4,
      text: '3 to 4 words',
      source: {...BOOMERANG, finding: 'Subjects of three or four words (leaving out "Re:" and "Fwd:") got the most replies; messages with no subject at all were answered 14% of the time.'}
    }
  },
  {
    id: 'readingGrade',
    label: 'Reading grade',
    measure: 'US school grade needed to read the body (the linter\'s reading-grade formula)',
    unit: 'grade',
    bin: 1,
    noBand:
      'No band: the study we rely on (Boomerang, 2016) names one best point, grade 3, and reports that high-school and college levels were answered less often (by 17% and 36%); it gives no range, so the report shows the distribution and grade 3 as a reference line, and does not draw a band of its own.'
  },
  {
    id: 'questions',
    channels: EMAIL_CHANNELS,
    discrete: true,
    label: 'Questions',
    measure: 'sentences that ask a question (e-mail drafts)',
    unit: 'questions',
    bin: 1,
    band: {
      min: 1,
      max: 3,
      text: '1 to 3 questions',
      source: {...BOOMERANG, finding: 'Messages asking one to three questions were about half again as likely to be answered as messages with none; more questions than that did not help.'}
    }
  },
  {
    id: 'selfToRecipient',
    label: 'I / you ratio',
    measure: 'references to the sender (I, we, our) per reference to the reader (you, your)',
    unit: 'to 1',
    bin: 0.5,
    noBand:
      'No band: we found no published study that measures replies against the balance of "I" and "you" in outreach; the rule self-centred uses its own threshold, which is a rule setting, not research, so the report shows the distribution only.'
  },
  {
    id: 'readerDetails',
    discrete: true,
    label: 'Details about the reader',
    measure: 'distinct details about the reader (their company, role, an event, their words, a recipient merge field)',
    unit: 'details',
    bin: 1,
    noBand: 'No band: relevance is measured by the rules of missing-relevance; we found no study that gives a number of details to aim for.'
  }
]

/** The ask a draft makes, from its calls to action: a meeting (or time) ask wins over an interest ask. */
export const ASK_KINDS = ['interest', 'meeting', 'none'] as const
export type AskKind = (typeof ASK_KINDS)[number]

export const ASK_BAND = {
  recommended: 'interest' as AskKind,
  channels: EMAIL_CHANNELS as readonly string[],
  text: 'ask for interest (a question or an invitation to reply), not for a meeting',
  source: GONG_CTA
}

/** Where a value falls against a band. */
export function inBand(band: Band | undefined, value: number): boolean | undefined {
  if (!band) return undefined
  return (band.min === undefined || value >= band.min) && (band.max === undefined || value <= band.max)
}
