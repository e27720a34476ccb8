// aims:init in a folder without a pom writes src/aims under it, keeps the AI policy the folder already had, and a
// second run changes nothing and says so. Both runs log into one build.log.
File log = new File(basedir, 'build.log')
assert log.isFile()
String text = log.getText('UTF-8')
def lines = text.readLines()

assert lines.count { it.contains('BUILD SUCCESS') } == 2
assert !text.contains('BUILD FAILURE')
assert !new File(basedir, '${project.basedir}').exists()

// first run: fourteen files written, the existing policy kept
assert text.contains('[INFO] Wrote 14 starter files to src/aims:')
assert text.contains('[INFO] Kept 1 starter file that already existed, unchanged:')
assert lines.count { it == '[INFO]   policies/ai-policy.md (it exists)' } == 2
assert new File(basedir, 'src/aims/policies/ai-policy.md').getText('UTF-8') ==
        '# Our own AI policy\n\nWritten before aims:init ran; init must leave it exactly as it is.\n'

// second run: everything is there, nothing is written
assert lines.count { it.contains('Wrote ') && it.contains(' starter file') } == 1
assert text.contains('[INFO] Kept 15 starter files that already existed, unchanged:')
assert text.contains('[INFO] Nothing to do: src/aims already has every starter file. Nothing was changed.')

def files = []
new File(basedir, 'src/aims').eachFileRecurse(groovy.io.FileType.FILES) { files << it }
assert files.size() == 15
assert new File(basedir, 'src/aims/soa.yaml').getText('UTF-8').contains('  A.10.4:  # Customers\n')

return true
