import { configure } from '@testing-library/react'

// findBy*/waitFor give up after 1 s by default, which a loaded 2-core CI machine can exceed while a
// page renders. Nothing here measures speed: a longer wait only changes how long a real failure
// takes to report.
configure({ asyncUtilTimeout: 10_000 })
