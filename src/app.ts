import { useLaunch } from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import { listenForPrivacyRequests } from './platform/privacy'
import './app.css'

function App({ children }: PropsWithChildren) {
  // Once for the whole app: the dialog is shown by whichever page is in front (platform/privacy.ts).
  useLaunch(listenForPrivacyRequests)
  return children
}

export default App
