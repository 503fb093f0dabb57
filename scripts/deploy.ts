// `npm run deploy [-- --dry-run | --write-config | --bootstrap …]`: see deploy/cli.ts and README "Deploy".
import { runDeploy } from '../deploy/cli'

runDeploy(process.argv.slice(2), process.env, { log: (line) => console.log(line) }).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`deploy failed: ${error.message}`)
    process.exit(1)
  },
)
