// Two runs of 'mvn verify' on unchanged content (build.log holds both). The first writes the handbook, and its
// aims:check reuses the handbook's checks. The second writes nothing: aims:handbook logs that the handbook is up to
// date, and both goals repeat the last findings. The handbook of the first build is still there, whole.
File log = new File(basedir, 'build.log')
assert log.isFile()
String text = log.getText('UTF-8')
assert text.count('Wrote the handbook') == 1
assert text.count('Handbook is up to date') == 1
assert text.count('AIMS checks are up to date') == 2
assert text.count('AIMS content: 0 error(s), 38 warning(s)') == 4
assert text.contains('Handbook is up to date: nothing changed since the last build')
assert text.contains('Use -Daims.force=true to rebuild.')
assert text.contains('AIMS checks are up to date')
assert text.contains('AIMS content: 0 error(s)')
assert !text.contains('BUILD FAILURE')

File out = new File(basedir, 'target/aims')
assert new File(out, 'index.html').isFile()
assert new File(out, 'controls/A.6.2.4.html').length() > 0
assert new File(out, 'aims-report.json').isFile()
// The state of the last build is kept beside the handbook, not in it, so it is never published.
assert new File(basedir, 'target/.aims.aims-state').isFile()
assert !new File(out, '.aims.aims-state').exists()

return true
