/**
 * How the rewrite treats a rule's findings: the `rewrite` key of the rule's definition. The plan
 * reads what a finding means for the draft from its rule's flag, never from the rule's id, so a
 * customer's own rule can ask for the same treatment as a built-in one.
 */
export const REWRITE_FLAGS = [
  /** The sentence goes as a whole: it carries nothing for the reader (a stock opener, an apology). */
  'remove',
  /** As `remove`, for a chase: with nothing of the draft left, the guide line asks for one new thing. */
  'remove-chase',
  /** The sentence is a boast or a pitch: a guide line takes its place, keeping its proof. */
  'replace-pitch',
  /** As `replace-pitch`, about where the draft starts: an opening with facts only this draft has stays. */
  'opening',
  /**
   * As `replace-pitch`; and a list of the sender's points in sentences that stay becomes one guide line
   * naming what is missing (the one point that fits them), with one proof figure of the list kept.
   */
  'replace-list',
  /** As `replace-pitch`; and where the sentence stays, the boasting adjective before a noun goes. */
  'boast-words',
  /** An ask for the reader's time: it goes, and one low-friction question takes its place. */
  'replace-time-ask',
  /** Pressure the sender made up: the clause goes, or the sentence with it. */
  'urgency',
  /** Nothing is about the reader: a guide line for one observation goes in front. */
  'observe',
  /** No ask is left: one question goes after the last sentence. */
  'add-ask',
  /** Over the channel's length: the least needed sentence goes, one a pass. */
  'shorten',
  /** The draft says goodbye ("I'll close out your file for now"): it stays, and no guide line asks what was noticed. */
  'goodbye',
  /** The greeting addresses a segment ("Dear Sir/Madam"): the segment becomes a slot for their name ("Dear [name],"). */
  'name-greeting'
] as const

export type RewriteFlag = (typeof REWRITE_FLAGS)[number]

/**
 * Flags renamed, by old name, so that no flag shares its name with a rule, a sentence role or a check
 * kind. A pack giving an old one is refused in one line naming the new one.
 */
export const RENAMED_FLAGS: Readonly<Record<string, RewriteFlag>> = {chase: 'remove-chase', pitch: 'replace-pitch', list: 'replace-list', 'time-ask': 'replace-time-ask', ask: 'add-ask'}

/** Each rule's rewrite flag, by rule id. */
export type RewriteFlags = ReadonlyMap<string, RewriteFlag>
