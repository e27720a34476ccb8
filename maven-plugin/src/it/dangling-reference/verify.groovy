// A dangling [[A.6.2.9]] in a document and a misspelt system owner: both are reported with file, line and
// column relative to the project, with suggestions; the build fails and no handbook is written.
File log = new File(basedir, 'build.log')
assert log.isFile()
String text = log.getText('UTF-8')
def lines = text.readLines()

// policies/ai-policy.md line 16 is "Models are validated as [[A.6.2.9]] requires."; the reference starts in column 25.
String ref = 'src/aims/policies/ai-policy.md:16:25: error:'
def refLine = lines.find { it.contains(ref) }
assert refLine != null : "no line with '${ref}' in build.log"
assert refLine.contains("'A.6.2.9'")
assert refLine.contains('Did you mean')
assert refLine.contains('[unresolved-reference]')

// systems/churn-model.yaml line 2 is "owner: aims-laed"; the value starts in column 8.
String owner = 'src/aims/systems/churn-model.yaml:2:8: error:'
def ownerLine = lines.find { it.contains(owner) }
assert ownerLine != null : "no line with '${owner}' in build.log"
assert ownerLine.contains("'aims-laed'")
assert ownerLine.contains('Did you mean aims-lead')
assert ownerLine.contains('[unresolved-reference]')

assert text.contains('AIMS content: 2 error(s)')
assert text.contains('The AIMS content has 2 error(s); the handbook was not written.')
assert text.contains('BUILD FAILURE')
assert !text.contains('Wrote the handbook')

assert !new File(basedir, 'target/aims/index.html').exists()
assert !new File(basedir, 'target/aims/aims-report.json').exists()

return true
