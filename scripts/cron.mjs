// `npm run cron`: one timer tick of the cron function on the running local gateway (npm start).
const port = process.env.PORT ?? 8787
try {
  const response = await fetch(`http://127.0.0.1:${port}/__local/cron`, { method: 'POST' })
  console.log(JSON.stringify(await response.json(), null, 2))
} catch {
  console.error(`No local gateway on 127.0.0.1:${port}: start it with npm start first.`)
  process.exit(1)
}
