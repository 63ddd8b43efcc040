/**
 * A draft in another language gets one finding saying so, and only the checks that read no English
 * words (merge fields, links, length, punctuation); an English draft with a foreign name, place or
 * quoted line is read as English.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {createLinter} from '../src/index.js'
import {createLinter as createCheckedLinter} from '../src/config.js'

const linter = createLinter()
const found = (text: string, channel?: 'email' | 'sms' | 'linkedin-connect') =>
  linter.lint({text, channel}).messages.map((m) => [m.ruleId, m.message])
const said = (language: string) => `This draft reads as ${language}, not English: the checks that read its words were skipped. Merge fields, links, length and punctuation were still checked.`

describe('drafts in another language', () => {
  test.each([
    [
      'Spanish',
      'Hola Lucía,\n\nsomos la plataforma líder en gestión de ventas y nuestra solución ayuda a más de 500 empresas como la suya a vender más. ¿Tiene 15 minutos esta semana para una llamada rápida?\n\nSaludos,\nPablo'
    ],
    [
      'German',
      'Hallo Frau Keller,\n\nwir sind der führende Anbieter für Vertriebssoftware und unsere Lösung hilft über 500 Unternehmen. Hätten Sie diese Woche 15 Minuten für ein kurzes Gespräch?\n\nViele Grüße\nJonas'
    ],
    [
      'Portuguese',
      'Olá Beatriz,\n\nsomos a plataforma líder em gestão de vendas e a nossa solução ajuda mais de 500 empresas como a sua. Você tem 15 minutos esta semana para uma conversa rápida?\n\nAbraço,\nRui'
    ],
    [
      'French',
      "Bonjour Camille,\n\nnous sommes le leader des logiciels de vente et notre solution aide plus de 500 entreprises comme la vôtre. Auriez-vous 15 minutes cette semaine pour un court échange ?\n\nCordialement,\nLéa"
    ],
    [
      'Italian',
      'Ciao Giulia,\n\nsiamo la piattaforma leader per la gestione delle vendite e la nostra soluzione aiuta più di 500 aziende come la vostra. Hai 15 minuti questa settimana per una breve chiamata?\n\nGrazie,\nMarco'
    ],
    [
      'Dutch',
      'Hallo Sanne,\n\nwij zijn het toonaangevende platform voor verkoop en onze oplossing helpt meer dan 500 bedrijven zoals het uwe. Heb je deze week 15 minuten voor een kort gesprek?\n\nGroeten,\nDaan'
    ]
  ])('%s: one finding, and none of the English readings (pitch, meeting ask, no specifics)', (language, text) => {
    expect(found(text)).toEqual([['not-english', said(language)]])
  })

  test('a short SMS in Spanish is judged too', () => {
    expect(found('Hola Marta, ¿tienes 5 minutos mañana para hablar de tu equipo?', 'sms')).toEqual([['not-english', said('Spanish')]])
  })

  test('the checks that read no words still run: a broken merge field, three links, an emoji run, a shouted "!!!"', () => {
    const text =
      'Hallo {{vorname},\n\nich habe gesehen, dass Ihr Team in München wächst. Hier sind unsere Fallstudien: https://a.example/1 https://a.example/2 https://a.example/3 https://a.example/4 🚀🚀🚀\n\nHätten Sie am Donnerstag kurz Zeit für ein Gespräch!!!\n\nViele Grüße'
    expect(found(text).map(([id]) => id)).toEqual(['not-english', 'broken-merge-field', 'too-many-links', 'too-many-links', 'emoji-run', 'exclamation-run'])
  })

  test('the finding covers the draft from its first word to the last before the sign-off', () => {
    const text = 'Hola Lucía,\n\nvi que su equipo abrió una oficina en Valencia y está contratando. ¿Cómo están formando a la gente nueva?\n\nSaludos,\nPablo'
    const [m] = linter.lint(text).messages
    expect(m.actual).toBe('Hola Lucía,\n\nvi que su equipo abrió una oficina en Valencia y está contratando. ¿Cómo están formando a la gente nueva')
  })

  test('the rewrite leaves a draft in another language as it is', () => {
    const text = 'Hola Lucía, somos la plataforma líder en gestión de ventas. ¿Tiene 15 minutos esta semana para una llamada rápida?'
    expect(linter.rewrite(text)).toBe(text)
  })

  test('turned off, the English checks run again', () => {
    const off = createLinter({rules: {'not-english': 'off'}})
    const text = 'Hola Lucía, somos la plataforma líder en gestión de ventas. ¿Tiene 15 minutos esta semana para una llamada rápida?'
    expect(off.lint(text).messages.some((m) => m.ruleId === 'not-english')).toBe(false)
  })
})

describe('drafts in another writing system are told by their letters', () => {
  test.each([
    ['Hebrew', 'שלום נועה,\n\nראיתי שהמחסן שלכם בחולון עבר למשמרת לילה נוספת. איך אתם מתכננים את המסלולים עכשיו, כשההזמנות הוכפלו?\n\nתודה,\nעמית'],
    ['Japanese', '佐藤様\n\n先週、名古屋の新しい倉庫が稼働したと伺いました。夜間のシフトが増えて、配送ルートの計画に時間がかかっていませんか。\n\nよろしくお願いいたします。'],
    ['Chinese', '王经理您好，\n\n看到贵公司上个月在苏州开了新仓库。夜班增加以后，配送路线的安排是否比以前更费时间？\n\n谢谢'],
    ['Korean', '김 팀장님 안녕하세요,\n\n지난달 부산에 새 물류센터를 여셨다는 소식을 봤습니다. 야간 근무가 늘면서 배송 경로 계획이 더 어려워지지 않으셨나요?\n\n감사합니다'],
    ['a Cyrillic-script language', 'Здравствуйте, Ирина!\n\nВидел, что ваш склад в Самаре перешёл на ночные смены. Как вы теперь планируете маршруты, когда заказов стало вдвое больше?\n\nСпасибо,\nАндрей'],
    ['an Arabic-script language', 'مرحبا سارة،\n\nرأيت أن مستودعكم في دبي بدأ العمل بنوبة ليلية إضافية. كيف تخططون للمسارات الآن بعد أن تضاعفت الطلبات؟\n\nشكرا'],
    ['Greek', 'Γεια σας κυρία Παππά,\n\nΕίδα ότι η αποθήκη σας στη Θεσσαλονίκη ξεκίνησε νυχτερινή βάρδια. Πώς σχεδιάζετε τώρα τα δρομολόγια με τις διπλάσιες παραγγελίες;']
  ])('%s', (language, text) => {
    expect(found(text)).toEqual([['not-english', said(language)]])
  })

  test('English words in it do not make it English, and a few letters of it do not make an English draft foreign', () => {
    expect(found('שלום דנה, ראיתי שה-CRM החדש שלכם עלה לאוויר בשבוע שעבר. איך הצוות מסתדר עם ה-pipeline וה-dashboard החדשים?')).toEqual([['not-english', said('Hebrew')]])
    expect(found('Hi Yuki (田中さん), saw the Osaka branch opened last month. How is quoting holding up with the new team?')).toEqual([])
  })

  test('the finding spans the whole draft: a paragraph with no spaces is not taken for a sign-off', () => {
    const text = '佐藤様\n\n先週、名古屋の新しい倉庫が稼働したと伺いました。夜間のシフトが増えて、配送ルートの計画に時間がかかっていませんか。\n\nよろしくお願いいたします。'
    const [m] = linter.lint(text).messages
    expect(m.actual).toBe(text.slice(0, text.length - 1))
  })

  test('a script Unicode does not know is a clear config error', () => {
    expect(() => createCheckedLinter({rules: {'not-english': ['info', {scripts: {Klingon: ['Klingon']}}]}} as never)).toThrow(
      /not-english: scripts: names a script Unicode does not know/
    )
  })
})

describe('real drafts in other languages (fixtures/real/other-languages)', () => {
  const drafts = readFileSync(new URL('../fixtures/real/other-languages/messages.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as {id: string; channel: 'email' | 'followup' | 'linkedin-connect' | 'linkedin-inmail' | 'sms'; subject: string | null; text: string; language: string})
  // Too little of them to tell: six words after the greeting, two of them French (o002); a follow-up
  // that is mostly bracketed slots and a numbered list (o043).
  const tooLittle = ['o002', 'o043']

  test('every one names its language, but for the two with too few words of it', () => {
    const read = drafts.map((d) => {
      const m = linter.lint({text: d.text, channel: d.channel, ...(d.subject ? {subject: d.subject} : {})}).messages.find((x) => x.ruleId === 'not-english')
      return [d.id, m?.message ?? null]
    })
    expect(read).toEqual(drafts.map((d) => [d.id, tooLittle.includes(d.id) ? null : said(d.language)]))
    expect(drafts.length).toBe(50)
  })

  test('the rewrite changes none of those it reads as another language (no English ask put in, no sentence cut by English roles)', () => {
    const changed = drafts
      .filter((d) => !tooLittle.includes(d.id))
      .filter((d) => {
        const input = {text: d.text, channel: d.channel, ...(d.subject ? {subject: d.subject} : {})}
        const out = linter.rewrite(input)
        return out.text !== d.text || out.changes.length > 0
      })
      .map((d) => d.id)
    expect(changed).toEqual([])
  })
})

describe('English drafts with foreign words are English', () => {
  test.each([
    // A Spanish quotation of the reader's own words.
    'Hi Lucía,\n\nYour talk ended on "la venta empieza cuando el cliente habla" and it stuck with me. How are you teaching that to the three new reps in Valencia?\n\nBest,\nSam',
    // Names and places in other languages.
    'Hi Jean-Luc,\n\nSaw that Société Générale de Transport opened a depot in Saint-Étienne del Monte last month. How is the night shift coping with the new routes?',
    'Hi Herr Müller, congrats on the Großhandel für Bürobedarf launch in Köln. Is the team at Müller und Söhne hiring for it?',
    // A greeting and a sign-off in another language around an English message.
    'Hola Marta!\n\nI saw your post about onboarding reps in Madrid. How long does it take a new hire to close a first deal?\n\nGracias,\nSam',
    // Short notes and an SMS.
    'Hi Ana, free for 10 min Thursday?',
    'Quick one: did the Lisbon pilot go live?',
    'Ana, saw the Porto news. Congrats! Coffee next week?'
  ])('%s', (text) => {
    expect(found(text).filter(([id]) => id === 'not-english')).toEqual([])
  })
})
