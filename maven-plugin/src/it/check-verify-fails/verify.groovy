// The check goal alone, bound to verify: an SoA without A.7.5 and a not-applicable A.10.4 without justification
// fail the build, and aims-report.json is written all the same, for CI to read.
import groovy.json.JsonSlurper

File log = new File(basedir, 'build.log')
assert log.isFile()
String text = log.getText('UTF-8')
def lines = text.readLines()

def missing = lines.find { it.contains('[soa-missing-control]') }
assert missing != null : 'no [soa-missing-control] in build.log'
// the missing control is reported where it belongs: at the entry of the next control, A.7.6 on line 138
assert missing.contains('src/aims/soa.yaml:138:3: error:')
assert missing.contains('Add it before A.7.6.')
assert missing.contains('A.7.5')
assert lines.count { it.contains('[soa-missing-control]') } == 1

// soa.yaml line 188 is "  A.10.4:", followed by "    applicable: false" and nothing else.
def unjustified = lines.find { it.contains('[soa-missing-justification]') }
assert unjustified != null : 'no [soa-missing-justification] in build.log'
assert unjustified.contains('src/aims/soa.yaml:188:3: error:')
assert unjustified.contains('A.10.4')

assert text.contains('The AIMS content has 2 error(s). Fix them')
assert !text.contains('the handbook was not written')   // check writes no handbook in any case
assert text.contains('BUILD FAILURE')

File report = new File(basedir, 'target/aims/aims-report.json')
assert report.isFile()
String json = report.getText('UTF-8')
assert json.contains('soa-missing-control')
def parsed = new JsonSlurper().parseText(json)
def codes = parsed.findings.findAll { it.severity == 'error' }.collect { it.code }.sort()
assert codes == ['soa-missing-control', 'soa-missing-justification']
assert parsed.findings.find { it.code == 'soa-missing-control' }.file == 'soa.yaml'

// check renders nothing
assert !new File(basedir, 'target/aims/index.html').exists()

return true
