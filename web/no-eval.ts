/**
 * The page's content security policy allows no eval: zod is told so before any schema is made, instead
 * of probing with `new Function` (a policy violation the console reports). Imported first by app.ts.
 */
import {config} from 'zod'

config({jitless: true})
