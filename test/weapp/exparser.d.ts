/** The few parts of j-component's event engine the harness uses (the package ships no types). */
declare module 'miniprogram-exparser' {
  interface ExparserEvent {
    readonly type: string
  }
  const exparser: {
    Event: {
      create(name: string, detail: object, options: object): ExparserEvent
      dispatchEvent(target: unknown, event: ExparserEvent): void
    }
  }
  export default exparser
}
