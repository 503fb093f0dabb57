/** CSS imports do nothing in jsdom tests. */
export default {}
