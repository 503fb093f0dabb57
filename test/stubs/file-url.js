// Imported images (src/assets) in jsdom tests: the file's name stands in for the URL the build gives it.
const path = require('node:path')

module.exports = {
  process(_source, filename) {
    const url = JSON.stringify(path.basename(filename))
    return { code: `module.exports = { __esModule: true, default: ${url} }` }
  },
}
