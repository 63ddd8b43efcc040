/**
 * Round 22's judges' findings on the ask and on the list of changes (issue 17, round 37 of the
 * rewrite), as team-written drafts, each failing before the change it tests. The ask is read from
 * what the rewrite leaves: a line that only points at a link asks nothing, so the meeting that went
 * still gets its one ask, after the links; a question mark inside a template's code asks nothing; an
 * opening question about their company's slot starts the conversation and is no ask; a short reply
 * the draft asks for is its ask, and no stock question joins it. Each change is told as the result
 * reads it.
 */
import {describe, expect, test} from 'vitest'
import {linter, OBSERVE, rewrites} from './rewrite-harness.js'

describe('round 37: the ask read from what the rewrite leaves', () => {
  rewrites([
    [
      'a link to look at is no ask: the meeting that went gets its one ask, after the link',
      'email',
      "Hi Dana,\n\nYour team moved the Leeds depot onto night picking in March, which usually doubles the returns backlog.\n\nWe sort returns for three grocers in Yorkshire and clear a week's backlog in two days.\n\nAre you free for 20 minutes on Thursday?\n\nSee how it works: https://sortwell.example/how\n\nBest,\nMarta",
      "Hi Dana,\n\nYour team moved the Leeds depot onto night picking in March, which usually doubles the returns backlog.\n\nWe sort returns for three grocers in Yorkshire and clear a week's backlog in two days.\n\nSee how it works: https://sortwell.example/how\n\nWorth a look?\n\nBest,\nMarta"
    ],
    [
      'a link handed over after the meeting ask is no ask either',
      'email',
      "Hi Ben,\n\nCongrats on opening the second bakery in Hove.\n\nWe print boxes for small bakeries and can turn an order round in five days.\n\nDo you have 15 minutes next week for a call?\n\nHere's our catalogue: [catalogue link]\n\nCheers,\nPriya",
      "Hi Ben,\n\nCongrats on opening the second bakery in Hove.\n\nWe print boxes for small bakeries and can turn an order round in five days.\n\nHere's our catalogue: [catalogue link]\n\nWorth a look?\n\nCheers,\nPriya"
    ],
    [
      'a pointer joined to the meeting ask by "Also" stays, and the ask comes after it',
      'email',
      'Hi Ben,\n\nCongrats on opening the second bakery in Hove.\n\nWe print boxes for small bakeries and can turn an order round in five days.\n\nDo you have 15 minutes next week for a call? Also check out our catalogue (https://boxco.example/catalogue).\n\nCheers,\nPriya',
      'Hi Ben,\n\nCongrats on opening the second bakery in Hove.\n\nWe print boxes for small bakeries and can turn an order round in five days.\n\nCheck out our catalogue (https://boxco.example/catalogue).\n\nWorth a look?\n\nCheers,\nPriya'
    ],
    [
      "an opening question about the company's slot asks for nothing: the meeting ask after the pitch still gets its one ask",
      'email',
      'Hi [Name],\n\nQuick question: Does [COMPANY] have a plan for the new packaging levy?\n\nFrom April, firms your size pay for every tonne of plastic they ship, and the first returns are due in May.\n\nI have run packaging audits for food firms in the Midlands for ten years.\n\nCould we set up a 15-minute call next week?\n\nBest,\n[Your name]',
      'Hi [Name],\n\nQuick question: Does [COMPANY] have a plan for the new packaging levy?\n\nFrom April, firms your size pay for every tonne of plastic they ship, and the first returns are due in May.\n\nI have run packaging audits for food firms in the Midlands for ten years.\n\nWould any of this help right now?\n\nBest,\n[Your name]'
    ],
    [
      'a question mark in a template\'s code is no ask: the question after it stays the one ask',
      'email',
      "Hi [Editor],\n\nStory idea: ${profile.name} helps ${profile.customers} cut ${profile.problem}.\n\n**Numbers:** ${profile.users > 0 ? `${profile.users} users` : 'Early pilots'}\n\n**Angle:** [Why this matters this month]\n\nWould this suit your weekly newsletter?\n\nHappy to send more detail.\n\nBest,\n${profile.founder}",
      "Hi [Editor],\n\nStory idea: ${profile.name} helps ${profile.customers} cut ${profile.problem}.\n\n**Numbers:** ${profile.users > 0 ? `${profile.users} users` : 'Early pilots'}\n\n**Angle:** [Why this matters this month]\n\nWould this suit your weekly newsletter?\n\nHappy to send more detail.\n\nBest,\n${profile.founder}"
    ],
    [
      'a one-line reply the draft asks for is its ask: no stock question joins it',
      'email',
      'Hi Sam,\n\nI wrote up the result of our cache test on three CDNs: the cold start gap was 40 ms on average.\n\nIf a number looks off on a quick read, I would value a one-line reply saying which one.\n\nThe data is attached.\n\nBest,\nLee',
      `Hi Sam,\n\n${OBSERVE}\n\nI wrote up the result of our cache test on three CDNs: the cold start gap was 40 ms on average.\n\nIf a number looks off on a quick read, I would value a one-line reply saying which one.\n\nThe data is attached.\n\nBest,\nLee`
    ]
  ])
})

describe('round 37: each change told as the result reads', () => {
  const told = (text: string, channel: 'email' | 'followup') => {
    const out = linter.rewrite({text, channel})
    return {out, missing: out.changes.filter((c) => c.after !== '' && !out.text.includes(c.after))}
  }

  test('a sentence reworded in one pass and removed in the next is told once, as removed from the draft', () => {
    const draft = "Hi Ola,\n\nI've reached out a few times about the stock audit for your Leeds store but haven't heard back.\n\nI'll take that as a sign it isn't a priority right now, which is completely understandable.\n\nBefore I close your file, I wanted to check one last time: should I stop writing about this, or is it just bad timing?\n\nIf it's not a fit, just reply \"no\" and I'll close the loop.\n\nBest,\nDev"
    const {out, missing} = told(draft, 'followup')
    expect(missing).toEqual([])
    expect(out.changes.filter((c) => c.before.startsWith("I've reached out"))).toEqual([
      expect.objectContaining({kind: 'removed', before: "I've reached out a few times about the stock audit for your Leeds store but haven't heard back.", after: ''})
    ])
  })

  test('an opener turned round is told as the whole sentence the result holds, not as "..."', () => {
    const draft = 'Hi Ravi,\n\nI wanted to reach out because of your talk on cold-chain losses at the Leeds food expo.\n\nWe track fridge temperatures in delivery vans and alert drivers before stock spoils.\n\nWould a two-page summary of our pilot with a Hull wholesaler help?\n\nBest,\nNia'
    const {out, missing} = told(draft, 'email')
    expect(missing).toEqual([])
    expect(out.changes).toContainEqual(expect.objectContaining({kind: 'replaced', after: "Your talk on cold-chain losses at the Leeds food expo is why I'm writing."}))
  })
})

describe('round 37: the ask fitted to what the draft is for, and never beside its own', () => {
  rewrites([
    [
      'a draft looking for beta testers asks whether they would be one, not whether it is worth a look',
      'email',
      'Hi Omar,\n\nCongrats on the new Bristol site.\n\nWe\'re building a rota tool for small clinics and looking for 5 beta testers this spring.\n\nDo you have 15 minutes on Tuesday for a quick call?\n\nBest,\nJun',
      'Hi Omar,\n\nCongrats on the new Bristol site.\n\nWe\'re building a rota tool for small clinics and looking for 5 beta testers this spring.\n\nWould you be open to being a beta tester?\n\nBest,\nJun'
    ],
    [
      "a job seeker's note to a recruiter (\"I'm not actively looking\") gets a job seeker's ask",
      'email',
      "Hi [First name],\n\nI've followed your placements in fintech sales for a while, especially the senior roles you ran for [client].\n\nA bit about me: I lead a sales team of twelve at [firm] in Leeds.\n\nI'm not actively looking, but I'd value 20 minutes to introduce myself and hear what searches you're running. Are you free [day/time]?\n\nBest,\n[Your name]",
      "Hi [First name],\n\nI've followed your placements in fintech sales for a while, especially the senior roles you ran for [client].\n\nA bit about me: I lead a sales team of twelve at [firm] in Leeds.\n\nI'm not actively looking, but I'd value 20 minutes to introduce myself and hear what searches you're running. Would you be open to a few questions by email?\n\nBest,\n[Your name]"
    ],
    [
      "a candidate's check on their news is the draft's ask: the chat about other openings goes, and no stock question takes its place",
      'followup',
      "Hi Tom, it's been two weeks since we last spoke about the analyst role, and I'm wondering if there are any updates. If the role has been filled, perhaps we could chat about other openings on your desk?",
      "Hi Tom, it's been two weeks since we last spoke about the analyst role, and I'm wondering if there are any updates."
    ],
    [
      'an offer to be contacted on their interest, after a long condition, is the ask: nothing is added after it',
      'email',
      "Dear alum,\n\nThis spring the history department starts a course where students write entries for the city archive. The goal of the course is to help students improve their research skills and meet local historians.\n\nIf you're interested in helping—whether by reviewing one entry or several—or if you'd like more information, please contact Dr. Hale (hale@uni.example).\n\nThank you!",
      `Dear alum,\n\n${OBSERVE}\n\nThis spring the history department starts a course where students write entries for the city archive. The goal of the course is to help students improve their research skills and meet local historians.\n\nIf you're interested in helping—whether by reviewing one entry or several—or if you'd like more information, please contact Dr. Hale (hale@uni.example).\n\nThank you!`
    ],
    [
      "a template's slot for a personal note is the line about them: no guide line for it on top",
      'email',
      "Hi [Name],\n\nI'm a researcher at [University] studying how small charities recruit volunteers.\n\nI surveyed 300 charities and found that most lose half their new volunteers within a month.\n\n[Personalized note based on their volunteer programme]:\nI saw that your charity runs [programme]. These findings might help with it.\n\nHappy to share the summary if useful.\n\nBest,\nLena",
      "Hi [Name],\n\nI'm a researcher at [University] studying how small charities recruit volunteers.\n\nI surveyed 300 charities and found that most lose half their new volunteers within a month.\n\n[Personalized note based on their volunteer programme]:\nI saw that your charity runs [programme]. These findings might help with it.\n\nHappy to share the summary if useful.\n\nBest,\nLena"
    ]
  ])

  test("what the draft helps others do (students) is not the reader's priority", () => {
    const draft = 'Dear alum,\n\nThis spring the history department starts a course where students write entries for the city archive. It will help students improve their research skills and meet local historians.\n\nWe are looking for alumni to review one entry each.\n\nThank you,\nDr. Hale'
    expect(linter.rewrite({text: draft, channel: 'email'}).text).not.toMatch(/your research skills/)
  })
})
