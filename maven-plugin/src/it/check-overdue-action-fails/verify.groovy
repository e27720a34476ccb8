// A complete AIMS whose only shortcoming is one corrective action past its due date (2026-11-15, judged on
// 2026-11-22): aims:check with -Daims.failOnWarning=true fails the build on that warning alone, names its file, line
// and column, and still writes the report.
import groovy.json.JsonSlurper

File log = new File(basedir, 'build.log')
assert log.isFile()
def lines = log.getText('UTF-8').readLines()

String overdue = '[WARNING] src/aims/nonconformities.yaml:9:86: warning: Action NC-1-1 of nonconformity NC-1 was due on' +
        " 2026-11-15 and is not done. When it is done, add 'done: YYYY-MM-DD'; if the plan changed, agree a new" +
        " 'due:' date with its owner. [overdue-action]"
assert lines.count { it == overdue } == 1 : 'the overdue action is not logged as expected'
assert lines.count { it.startsWith('[WARNING] src/aims/') } == 1 : 'another warning than the overdue action'
assert lines.any { it.contains('AIMS content: 0 error(s), 1 warning(s); 37 of 38 controls applicable, 37 with evidence, 0 gap(s).') }
assert lines.any { it.contains('The AIMS content has 1 warning(s) and failOnWarning is set. Fix them (listed above), or set aims.failOnWarning=false.') }
assert lines.any { it.contains('BUILD FAILURE') }

def report = new JsonSlurper().parse(new File(basedir, 'target/aims/aims-report.json'), 'UTF-8')
assert report.findings.collect { "${it.code} ${it.file}:${it.line}:${it.column}" } == ['overdue-action nonconformities.yaml:9:86']
assert report.auditCycle.overdueActions.collect { it.id } == ['NC-1-1']
assert report.auditCycle.openNonconformities.minor == ['NC-1']
assert report.controls['A.9.4'].openNonconformities == ['NC-1']
assert report.controls['A.9.4'].lastAudited == '2026-04-20'
return true
