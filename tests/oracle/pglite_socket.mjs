// Serves an in-memory PGlite (PostgreSQL 18) over the PostgreSQL wire protocol on
// loopback, for clients that need a real server (tests/oracle/autogen.py via pg8000).
//
//   node tests/oracle/pglite_socket.mjs [port]     (default 0: the OS picks a free port)
//
// Prints one line `listening 127.0.0.1:<port>` on stdout once clients can connect, then
// serves until SIGTERM/SIGINT or until the process that started it exits (so it never
// outlives the wrapper). PGlite is single-connection: the server accepts one client at a time.
import { PGlite } from '@electric-sql/pglite'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'

const port = Number(process.argv[2] ?? 0)
const db = await PGlite.create()
const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections: 1 })
server.addEventListener('error', (e) => {
  console.error('pglite-socket error:', e.detail ?? e)
})
await server.start()
const conn = server.getServerConn()
const bound = server.server?.address?.()?.port
console.log(`listening 127.0.0.1:${bound ?? conn.split(':').pop()}`)

// server.stop() waits for open client sockets to end, so shutdown is bounded: a
// second signal or one second without a clean stop exits anyway.
let stopping = false
async function stop() {
  if (stopping) process.exit(0)
  stopping = true
  const clean = server.stop().then(() => db.close())
  await Promise.race([clean, new Promise((resolve) => setTimeout(resolve, 1000))])
  process.exit(0)
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
const parent = process.ppid
setInterval(() => {
  if (process.ppid !== parent) stop()
}, 500).unref()
