// A date that is not YYYY-MM-DD is the user's configuration error: one line with the parameter and the form to use.
String text = new File(basedir, 'build.log').getText('UTF-8')
def failed = text.readLines().find { it.startsWith('[ERROR] Failed to execute goal ') }
assert failed == '[ERROR] Failed to execute goal io.github.aimshandbook:aims-maven-plugin:' + projectVersion +
        ':handbook (handbook) on project bad-config-today: The date to judge reviews against is not a date' +
        " (parameter today, -Daims.today): '22/11/2026' is not a date. Write it as YYYY-MM-DD, e.g." +
        ' -Daims.today=2026-03-01. -> [Help 1]'
assert !text.contains('report it at')
assert !new File(basedir, 'target/aims').exists()
return true
