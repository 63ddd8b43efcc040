/**
 * Preload for the no-network test (`node --import ./test/no-network-preload.mjs ...`): every way
 * out of the process is patched to record the attempt and throw. The records go to the file named
 * by OUTREACH_LINT_NET_LOG (one JSON line each), so the test can assert that there are none.
 */
import {appendFileSync} from 'node:fs'
import dns from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import http2 from 'node:http2'
import net from 'node:net'
import tls from 'node:tls'
import dgram from 'node:dgram'
import {isMainThread, threadId} from 'node:worker_threads'

const log = process.env.OUTREACH_LINT_NET_LOG

function record(what, args) {
  let detail = ''
  try {
    detail = JSON.stringify(args, (_k, v) => (typeof v === 'function' ? '[function]' : v)).slice(0, 300)
  } catch {
    detail = String(args[0])
  }
  const line = JSON.stringify({what, detail, thread: isMainThread ? 'main' : `worker ${threadId}`, stack: new Error().stack?.split('\n').slice(2, 8).join(' | ')})
  if (log) appendFileSync(log, line + '\n')
  throw new Error(`outreach-lint no-network test: ${what} attempted`)
}

function trap(object, name, label) {
  if (!object || typeof object[name] !== 'function') return
  object[name] = function (...args) {
    return record(label, args)
  }
}

trap(net.Socket.prototype, 'connect', 'net.Socket#connect')
trap(net, 'connect', 'net.connect')
trap(net, 'createConnection', 'net.createConnection')
trap(tls, 'connect', 'tls.connect')
trap(dgram.Socket.prototype, 'send', 'dgram.Socket#send')
trap(dgram.Socket.prototype, 'connect', 'dgram.Socket#connect')
for (const name of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveTxt', 'reverse']) {
  trap(dns, name, `dns.${name}`)
  trap(dns.promises, name, `dns.promises.${name}`)
}
trap(dns.Resolver?.prototype, 'resolve', 'dns.Resolver#resolve')
for (const mod of [
  [http, 'http'],
  [https, 'https']
]) {
  trap(mod[0], 'request', `${mod[1]}.request`)
  trap(mod[0], 'get', `${mod[1]}.get`)
}
trap(http2, 'connect', 'http2.connect')
if (typeof globalThis.fetch === 'function') globalThis.fetch = (...args) => record('fetch', args)
if (typeof globalThis.WebSocket === 'function') globalThis.WebSocket = function (...args) {
  return record('WebSocket', args)
}
