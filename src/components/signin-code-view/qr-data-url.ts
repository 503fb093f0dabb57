import qrcode from 'qrcode-generator'

/**
 * The QR both builds show. Drawn here, not in the native component: that one sits in the main package,
 * and qrcode-generator (~21 KB) is needed only by the two host screens' subpackages.
 */
export function qrDataUrl(text: string): string {
  const qr = qrcode(0, 'M')
  qr.addData(text)
  qr.make()
  // A GIF data URL: <image> shows base64 sources, no canvas or temp file needed.
  return qr.createDataURL(8, 4)
}
