/**
 * A form's request id: made once when the form opens and sent with every retry of its submit, so the
 * server writes the thing once (its `plainId` rule: [A-Za-z0-9_-], 8 to 64 characters).
 */
export function newRequestId(): string {
  const random = () => Math.random().toString(36).slice(2, 10)
  return `r${Date.now().toString(36)}${random()}${random()}`
}
