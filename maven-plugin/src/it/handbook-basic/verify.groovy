// mvn verify on the clean small fixture writes the whole handbook, and the report traces evidence correctly.
import groovy.json.JsonSlurper

File log = new File(basedir, 'build.log')
assert log.isFile()
String text = log.getText('UTF-8')
assert text.contains('Wrote the handbook')
assert text.contains('AIMS content: 0 error(s)')
assert !text.contains('BUILD FAILURE')

File out = new File(basedir, 'target/aims')
assert out.isDirectory()

def controls = ['A.2.2', 'A.2.3', 'A.2.4', 'A.3.2', 'A.3.3', 'A.4.2', 'A.4.3', 'A.4.4', 'A.4.5', 'A.4.6',
                'A.5.2', 'A.5.3', 'A.5.4', 'A.5.5', 'A.6.1.2', 'A.6.1.3', 'A.6.2.2', 'A.6.2.3', 'A.6.2.4',
                'A.6.2.5', 'A.6.2.6', 'A.6.2.7', 'A.6.2.8', 'A.7.2', 'A.7.3', 'A.7.4', 'A.7.5', 'A.7.6',
                'A.8.2', 'A.8.3', 'A.8.4', 'A.8.5', 'A.9.2', 'A.9.3', 'A.9.4', 'A.10.2', 'A.10.3', 'A.10.4']
assert controls.size() == 38
assert controls.toSet().size() == 38

def expected = ['index.html', 'scope.html', 'soa.html', 'clauses.html', 'traceability.html',
                'systems/index.html', 'systems/churn-model.html',
                'risks/index.html', 'risks/R-001.html',
                'documents/index.html', 'documents/ai-policy.html', 'documents/risk-procedure.html',
                'evidence/index.html', 'evidence/EV-001.html',
                'roles.html', 'files/validation.txt', 'aims-report.json', 'soa.csv', '404.html', '.nojekyll']
expected += controls.collect { "controls/${it}.html".toString() }
def missing = expected.findAll { !new File(out, it).isFile() }
assert missing.isEmpty() : "missing from target/aims: ${missing}"
assert new File(out, 'controls/A.6.2.4.html').length() > 0
assert new File(out, 'files/validation.txt').getText('UTF-8').contains('AUC 0.81')

def report = new JsonSlurper().parse(new File(out, 'aims-report.json'), 'UTF-8')
assert report.controls instanceof Map
assert report.controls.size() == 38
assert report.controls.keySet() == controls.toSet()
assert report.controls['A.6.2.8'].evidence == ['EV-002']
assert report.controls['A.2.4'].evidence == ['ai-policy', 'management-review-2026']
assert report.readiness.controls == 38
assert report.findings.every { it.severity != 'error' }

return true
