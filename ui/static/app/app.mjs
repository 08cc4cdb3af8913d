// Starts GOV.UK Frontend's components. Every page works without it: this
// only adds the enhancements (menu toggle, error summary focus, and so on).
import { initAll } from '../govuk/govuk-frontend.min.js'

initAll()
