// An unknown format is the user's configuration error: the build fails with one line that names the parameter and
// the formats there are, and nothing is read or written.
String text = new File(basedir, 'build.log').getText('UTF-8')
def failed = text.readLines().find { it.startsWith('[ERROR] Failed to execute goal ') }
assert failed == '[ERROR] Failed to execute goal io.github.aimshandbook:aims-maven-plugin:' + projectVersion +
        ':handbook (handbook) on project bad-config-format: Unknown format of the handbook (parameter formats,' +
        " -Daims.formats): 'docx' is not a format of the handbook. Use html, pdf, or html,pdf. -> [Help 1]"
assert !text.contains('report it at')          // the user's error, not a bug of the plugin
assert !text.contains('AIMS content:')
assert !new File(basedir, 'target/aims').exists()
return true
