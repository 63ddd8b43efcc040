/**
 * What the judged round 27 of rewrites found (fixtures/real/judged-rewrites/round27-*), as
 * team-written drafts, each failing before the change it tests:
 * - a cut that stranded what remains: the only line saying by name what the sender builds (its
 *   restatement as what it is, or kept where the channel's budget would cut it), a bump's or follow-up's chase that was the only
 *   line naming what passed between them (said again as what passed; after a talk, no guide line
 *   for what was noticed goes in front of it);
 * - grammar the rewrite broke or left: a greeting left on a dash that leads into nothing, a question
 *   put after a colon read as a statement, a line about them moved to the front without the line
 *   that leans on it;
 */
import {describe} from 'vitest'
import {rewrites} from './rewrite-harness.js'

describe('round 46: cuts that leave the rest standing, guide lines where they fit, grammar kept', () => {
  rewrites([
    [
      "the only line that says by name what the sender builds is said as what it is, so \"whether this would be of use\" has something to point at",
      "email",
      "Hi Tomasz,\n\nI'm building **Gridlark**, an open crossword engine for teaching languages — one puzzle a day, graded by level. Given your course's weekly vocabulary lists, I thought you might tell me whether this would be of use to your students.\n\nIt could sit beside your exercises as a warm-up.\n\n- Try it: https://gridlark.example.org\n\nWould you look at one puzzle and tell me what you would change?\n\nThanks,\nAda",
      "Hi Tomasz,\n\n[[One line on what you noticed about them, then one line on how you help with it.]] Gridlark is an open crossword engine for teaching languages. Given your course's weekly vocabulary lists, I thought you might tell me whether this would be of use to your students.\n\nIt could sit beside your exercises as a warm-up.\n\n- Try it: https://gridlark.example.org\n\nWould you look at one puzzle and tell me what you would change?\n\nThanks,\nAda"
    ],
    [
      "a connection note over its limit keeps the only line naming what the free reviews are of",
      "linkedin-connect",
      "Hey {{firstName}}, building Ledgerly — bookkeeping bots that small design agencies can hand their receipts, invoices and payroll exports to every single month. Doing 20 free month-end reviews this week. No pitch, just curious whether the numbers look like your month. Open to a quick connect?",
      "Hey {{firstName}}, [[What you noticed about them: one line that would be wrong if sent to anyone else.]] Building Ledgerly — bookkeeping bots that small design agencies can hand their receipts, invoices and payroll exports to every single month. Doing 20 free month-end reviews this week. Open to a quick connect?"
    ],
    [
      "a follow-up on a call says the call again, without the chase, and gets no line on what was noticed",
      "followup",
      "Hi [first name] — circling back on our call from [day]. No rush at all, just checking whether the garden redesign is still planned for [season] or if I should get in touch again next year.",
      "Hi [first name] — we talked on [day]. No rush at all, just checking whether the garden redesign is still planned for [season] or if I should get in touch again next year."
    ],
    [
      "a bump of a thing sent says what was sent and when, which the issues it marked lean on",
      "followup",
      "Hey [first name] — bumping the audit PDF from last week in case it got lost. Three of the issues I marked are fixes your developer could do before lunch. Say the word if helpful, otherwise all good.",
      "Hey [first name] — [[What you noticed about them: one line that would be wrong if sent to anyone else.]] I sent the audit PDF last week. Three of the issues I marked are fixes your developer could do before lunch. Say the word if helpful, otherwise all good."
    ],
    [
      'a greeting whose dash led into a cut line ends on a comma',
      'followup',
      "Hi Priya — nudging this up in case it sank.\n\nOne more thing: the ferry timetable on your club page still lists the winter sailings. Updating it would take five minutes.\n\nWant me to send the corrected times?\n\n— Ruth",
      "Hi Priya,\n\nOne more thing: the ferry timetable on your club page still lists the winter sailings.\n\nWant me to send the corrected times?\n\n— Ruth"
    ],
    [
      'a question put after a colon keeps its question mark',
      'email',
      "Dear Professor Lind,\n\nI am a hobbyist who has been counting beetles in one meadow for eight years. I have written up the counts as a small dataset with weather notes for each visit.\n\nMy question: has anyone already published a series this long for a single meadow?\nI looked through the usual journals and found nothing close.\n\nThe data: https://example.org/beetles\n\nAny pointers would be welcome.\n\nKind regards,\nOskar",
      "Dear Professor Lind,\n\n[[One line on what you noticed about them, then one line on how you help with it.]] I have written up the counts as a small dataset with weather notes for each visit.\n\nMy question: has anyone already published a series this long for a single meadow?\nI looked through the usual journals and found nothing close.\n\nThe data: https://example.org/beetles\n\nAny pointers would be welcome.\n\nKind regards,\nOskar"
    ],
    [
      'a line about them moves to the front with the line after it that names its findings by "them"',
      'email',
      "Hi [first name] — Tallow & Twine here, we rebuild shop websites for florists.\n\nJust looked at [shop name]'s order page and found two small snags that probably lose you weekend orders. Recorded a short screen video going through them, no strings attached.\n\n[Video link]\n\nIf it helps, we rebuild florist sites in ten days for a flat fee. If not, pass the notes to whoever runs your site.",
      "Hi [first name] — just looked at [shop name]'s order page and found two small snags that probably lose you weekend orders. Recorded a short screen video going through them, no strings attached. Tallow & Twine here, we rebuild shop websites for florists.\n\n[Video link]\n\nIf it helps, we rebuild florist sites in ten days for a flat fee. If not, pass the notes to whoever runs your site."
    ]
  ])
})
