// Tests run on a loaded 2-core CI machine (exports, dashboards, bursts, renders): timeouts are sized
// for that. Nothing measures speed here; a longer limit only changes how long a real failure takes.
jest.setTimeout(120_000)
