/**
 * A draft in another language gets one finding saying so, and only the checks that read no English
 * words (merge fields, links, length, punctuation); an English draft with a foreign name, place or
 * quoted line is read as English.
 */
import {describe, expect, test} from 'vitest'
import {createLinter} from '../src/index.js'

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
