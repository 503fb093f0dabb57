// What `require('wx-server-sdk')` returns under the emulator (jest's moduleNameMapper, the gateway's
// resolver hook): the real SDK object with only its network edges replaced.
import { cloud } from './local-cloud'

export = cloud
