// copy_assets.mjs copies GOV.UK Frontend's built files from node_modules
// into ui/static/govuk, where go:embed picks them up. Run it after changing
// the govuk-frontend version in package.json:
//
//	npm ci && npm run copy-assets
//
// and commit the result, so that `go build` never needs npm.
//
// The stylesheet names its fonts and images under /assets/; the copy points
// those URLs at /static/govuk/assets/, where OpenPEP serves them. The Go test
// TestStaticAssetsMatchNodeModules applies the same rewrite and fails when
// the committed files drift from node_modules.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const uiDir = dirname(fileURLToPath(import.meta.url))
const dist = join(uiDir, '..', 'node_modules', 'govuk-frontend', 'dist', 'govuk')
const target = join(uiDir, 'static', 'govuk')

rmSync(target, { recursive: true, force: true })
mkdirSync(target, { recursive: true })

const css = readFileSync(join(dist, 'govuk-frontend.min.css'), 'utf8')
writeFileSync(
  join(target, 'govuk-frontend.min.css'),
  css.replaceAll('url(/assets/', 'url(/static/govuk/assets/')
)
cpSync(join(dist, 'govuk-frontend.min.js'), join(target, 'govuk-frontend.min.js'))
for (const part of ['fonts', 'images', 'manifest.json']) {
  cpSync(join(dist, 'assets', part), join(target, 'assets', part), { recursive: true })
}

const { version } = JSON.parse(
  readFileSync(join(dist, '..', '..', 'package.json'), 'utf8')
)
console.log(`Copied GOV.UK Frontend ${version} to ${target}`)
