// An empty project: aims:init writes the starter AIMS, mvn verify passes with warnings only (the gaps and the
// records a new AIMS does not have yet), and mvn site puts the handbook in the site as a report, with an entry under
// Project Reports and a link back from the handbook to the site. The three builds log into one build.log.
import groovy.json.JsonSlurper

File log = new File(basedir, 'build.log')
assert log.isFile()
String text = log.getText('UTF-8')
def lines = text.readLines()

assert lines.count { it.contains('BUILD SUCCESS') } == 3
assert !text.contains('BUILD FAILURE')
assert lines.findAll { it.startsWith('[ERROR]') }.isEmpty()

// 1. init
assert text.contains('[INFO] Wrote 15 starter files to src/aims:')
assert text.contains('[INFO] Next: replace each TODO (grep -rn TODO src/aims), then check the content with aims:check,'
        + ' e.g. by mvn verify. The documents are drafts; when one is approved, do what its front matter says.')
def starter = ['aims.yaml', 'soa.yaml', 'objectives.yaml', 'audits.yaml', 'nonconformities.yaml',
               'management-reviews.yaml', 'policies/ai-policy.md', 'procedures/ai-risk-management.md',
               'procedures/ai-impact-assessment.md', 'procedures/ai-system-lifecycle.md',
               'procedures/data-governance.md', 'procedures/ai-incident-response.md', 'procedures/third-party-ai.md',
               'model-cards/model-card-template.md', 'impact-assessments/impact-assessment-template.md']
def missing = starter.findAll { !new File(basedir, "src/aims/${it}").isFile() }
assert missing.isEmpty() : "init did not write ${missing}"
// each YAML file names its JSON Schema, where aims:handbook publishes it (target/aims/schemas/); this project
// builds only the site's handbook, which publishes the same schemas
['aims.yaml': 'aims.schema.json', 'soa.yaml': 'soa.schema.json'].each { file, schema ->
    String first = new File(basedir, "src/aims/${file}").readLines('UTF-8')[0]
    assert first == "# yaml-language-server: \$schema=../../target/aims/schemas/${schema}"
    assert new File(basedir, "target/site/aims/schemas/${schema}").isFile() : "the handbook has no schemas/${schema}"
}

// 2. verify: aims:check passes with warnings only: the gaps, the clauses no document answers yet, and the audit
// cycle that has not started (nothing audited, no management review held)
String summary = 'AIMS content: 0 error(s), 53 warning(s); 38 of 38 controls applicable, 0 with evidence, 38 gap(s).'
assert lines.count { it == '[INFO] ' + summary } == 1
assert lines.count { it.startsWith('[WARNING] src/aims/soa.yaml:') && it.endsWith('[control-gap]') } == 38
def report = new JsonSlurper().parse(new File(basedir, 'target/aims/aims-report.json'), 'UTF-8')
assert report.findings.collect { it.severity }.unique() == ['warning']
assert report.findings.collect { it.code }.unique().sort() == ['control-gap', 'management-review-overdue',
        'missing-documented-information', 'unaudited']
assert report.readiness.applicable == 38
assert report.readiness.gaps.size() == 38

// 3. site: the report's entry page, its menu entry, and the handbook beside it
assert text.contains('Generating "AI Management System" report --- aims-maven-plugin:')
assert lines.count { it == '[INFO] ' + summary + " The handbook's dashboard lists every finding." } == 1
assert lines.count { it.endsWith('[control-gap]') } == 38 : 'the report logs warnings only in debug'
// 69 files of pages and assets, aims-report.sarif and the 7 JSON Schemas of schemas/
assert text.contains('[INFO] Wrote the handbook (84 files) to ')
File site = new File(basedir, 'target/site')
String reports = new File(site, 'project-reports.html').getText('UTF-8')
assert reports.contains('<li><a href="aims.html">AI Management System</a></li>') : 'no menu entry'
assert reports.contains('<td><a href="aims.html">AI Management System</a></td>') : 'not listed in Project Reports'
assert new File(site, 'index.html').getText('UTF-8').contains('href="project-reports.html"')

String entry = new File(site, 'aims.html').getText('UTF-8')
assert entry.contains('<h1>AI Management System</h1>')
assert entry.contains('status as of 2026-11-22: <a href="aims/index.html">open the handbook</a>')
assert entry.contains('<a href="aims/handbook.pdf">one PDF</a>')
assert entry =~ /<td[^>]*>Applicable with evidence<\/td>\s*<td[^>]*>0<\/td>/
assert entry =~ /<td[^>]*>Gaps \(applicable, no evidence\)<\/td>\s*<td[^>]*>38<\/td>/
assert entry.contains('<a href="aims/controls/A.10.4.html">A.10.4</a>.')

File handbook = new File(site, 'aims')
def pages = ['index.html', 'soa.html', 'scope.html', 'roles.html', 'documents/index.html', 'documents/ai-policy.html',
             'documents/model-card-template.html', 'documents/impact-assessment-template.html',
             'controls/A.2.2.html', 'objectives.html', 'audits/index.html', 'nonconformities/index.html',
             'management-reviews/index.html', 'handbook.pdf', 'aims-report.json', 'soa.csv', '404.html', '.nojekyll']
def absent = pages.findAll { !new File(handbook, it).isFile() }
assert absent.isEmpty() : "missing from target/site/aims: ${absent}"
assert new File(handbook, 'controls').listFiles().length == 38

String dashboard = new File(handbook, 'index.html').getText('UTF-8')
assert dashboard.contains('<a class="back-link" href="../index.html" title="Back to the project site">← Init Verify Site</a>')
assert new File(handbook, 'controls/A.2.2.html').getText('UTF-8').contains('<a class="back-link" href="../../index.html"')
assert new File(handbook, 'documents/ai-policy.html').getText('UTF-8').contains('draft')

return true
