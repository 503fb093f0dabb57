import { useLaunch } from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import { focusableScrollers } from './platform/focusable-scrollers'
import { listenForPrivacyRequests } from './platform/privacy'
import './app.css'

function App({ children }: PropsWithChildren) {
  // Once for the whole app: the dialog is shown by whichever page is in front (platform/privacy.ts).
  useLaunch(() => {
    listenForPrivacyRequests()
    focusableScrollers()
  })
  return children
}

export default App
