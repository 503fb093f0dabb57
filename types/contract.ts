/**
 * How a cloud function's actions are described on both sides of the wire: each action maps its input
 * (what the client sends besides `action`) to its output (the `data` of an ok reply).
 */
export interface ActionSpec<Input, Output> {
  input: Input
  output: Output
}

/**
 * A function's action map (e.g. `UserActions`): every action names its input and output. A mapped type
 * rather than an index signature, so the maps can be interfaces.
 */
export type ActionsOf<M> = { [A in keyof M]: ActionSpec<unknown, unknown> }
