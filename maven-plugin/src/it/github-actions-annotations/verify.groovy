// The findings where a pull request's reviewer looks: GitHub's workflow commands on the lines, the job summary, and
// the SARIF, with paths from the repository root (the nearest folder above with a .git: this repository's, as the
// scenario runs in a copy under maven-plugin/target/it/; the project folder if there is none).
import groovy.json.JsonSlurper

File root = basedir.canonicalFile
while (root != null && !new File(root, '.git').exists()) {
    root = root.parentFile
}
String prefix = root == null ? '' : root.toPath().relativize(basedir.canonicalFile.toPath()).toString().replace('\\', '/') + '/'
prefix = prefix == '/' ? '' : prefix

String text = new File(basedir, 'build.log').getText('UTF-8')
def lines = text.readLines()

def missing = lines.find { it.startsWith("::error file=${prefix}src/aims/soa.yaml,line=138" + ',col=3,title=AIMS soa-missing-control::') }
assert missing != null : 'no ::error annotation for the missing control'
assert missing.contains('A.7.5')
def unjustified = lines.find { it.startsWith("::error file=${prefix}src/aims/soa.yaml,line=188" + ',col=3,title=AIMS soa-missing-justification::') }
assert unjustified != null
assert lines.count { it.startsWith("::warning file=${prefix}src/aims/") } > 0
assert lines.count { it.startsWith('::error ') } == 2
// the log lines are still there as in every build
assert lines.count { it.startsWith('[ERROR] src/aims/soa.yaml:138:3: error:') } == 1

File summary = new File(basedir, 'target/step-summary.md')
assert summary.isFile() : 'no job summary'
String md = summary.getText('UTF-8')
assert md.startsWith('## AIMS check: 2 errors, ')
assert md.contains('| Applicable | ')
assert md.contains('### Errors')
assert md.contains("| `${prefix}src/aims/soa.yaml:138:3` | `soa-missing-control` |")

def sarif = new JsonSlurper().parse(new File(basedir, 'target/aims/aims-report.sarif'), 'UTF-8')
assert sarif.version == '2.1.0'
def results = sarif.runs[0].results
def missingResult = results.find { it.ruleId == 'soa-missing-control' }
assert missingResult.level == 'error'
assert missingResult.locations[0].physicalLocation.artifactLocation.uri == "${prefix}src/aims/soa.yaml"
assert missingResult.locations[0].physicalLocation.region.startLine == 138
def rule = sarif.runs[0].tool.driver.rules[missingResult.ruleIndex]
assert rule.id == 'soa-missing-control'
assert rule.help.text.contains('How to fix:')
return true
